package cymru.cylch.payments;

import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.time.YearMonth;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What posted payment runs paid a provider under a contract in a month for one thing that depends on outcomes: the
 * up-front shares, or one outcome of the card; negative where recoveries outweigh payments.
 */
public record PostedOutcomePayment(YearMonth month, OrganisationId provider, PayKind kind, @Nullable String outcome,
                                   Money amount) {

    /** The outcome's code, for an outcome payment; none for up-front shares. */
    public Optional<String> outcomeCode() {
        return Optional.ofNullable(outcome);
    }
}
