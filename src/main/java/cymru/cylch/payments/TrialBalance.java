package cymru.cylch.payments;

import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Each account's debits and credits posted up to a day, one row per provider for providers' accounts, and the totals,
 * which are equal when the ledger is sound.
 */
public record TrialBalance(OrganisationId council, LocalDate asOf, List<Row> rows, Money debits, Money credits) {

    public TrialBalance {
        rows = List.copyOf(rows);
    }

    /** One account's (or one provider's account's) totals; its balance is debits less credits. */
    public record Row(LedgerAccount account, @Nullable OrganisationId provider, Money debits, Money credits) {

        public Money balance() {
            return debits.minus(credits);
        }
    }

    public static TrialBalance of(OrganisationId council, LocalDate asOf, List<Row> rows) {
        Money debits = rows.stream().map(Row::debits).reduce(Money.ZERO, Money::plus);
        Money credits = rows.stream().map(Row::credits).reduce(Money.ZERO, Money::plus);
        return new TrialBalance(council, asOf, rows, debits, credits);
    }

    public boolean balances() {
        return debits.equals(credits);
    }
}
