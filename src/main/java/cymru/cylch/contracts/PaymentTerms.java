package cymru.cylch.contracts;

import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How a contract pays: a fixed element each year, how often, and, under payment by results, the share of the
 * payment (a percentage) that depends on outcomes achieved, which the payments module will use.
 */
public record PaymentTerms(Money fixedElementPerYear, @Nullable BigDecimal outcomeSharePercent,
                           PaymentFrequency frequency, @Nullable String notes) {

    public enum PaymentFrequency {
        FOUR_WEEKLY,
        MONTHLY,
        QUARTERLY
    }
}
