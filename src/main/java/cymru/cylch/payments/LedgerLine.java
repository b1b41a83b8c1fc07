package cymru.cylch.payments;

import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One side of a posting: an amount debited or credited to an account, for a provider where the account is one each. */
public record LedgerLine(LedgerAccount account, @Nullable OrganisationId provider, Money debit, Money credit) {

    public LedgerLine {
        Objects.requireNonNull(account, "a ledger line needs an account");
        Objects.requireNonNull(debit, "a ledger line needs a debit, zero on a credit line");
        Objects.requireNonNull(credit, "a ledger line needs a credit, zero on a debit line");
    }

    public static LedgerLine debit(LedgerAccount account, @Nullable OrganisationId provider, Money amount) {
        return new LedgerLine(account, provider, amount, Money.ZERO);
    }

    public static LedgerLine credit(LedgerAccount account, @Nullable OrganisationId provider, Money amount) {
        return new LedgerLine(account, provider, Money.ZERO, amount);
    }

    /** The same amount on the other side: how a reversal undoes this line. */
    LedgerLine reversed() {
        return new LedgerLine(account, provider, credit, debit);
    }
}
