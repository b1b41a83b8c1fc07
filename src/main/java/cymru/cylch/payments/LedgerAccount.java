package cymru.cylch.payments;

import java.util.Arrays;
import java.util.Optional;

/**
 * The accounts of a council's payments ledger. Expenses are debited when a payment run is posted, and the provider's
 * account in creditors credited with what it is owed; paying the provider debits creditors and credits the bank.
 * A reduction (a deduction for poor performance, a correction) credits the expense it reduces.
 */
public enum LedgerAccount {
    /** What outcomes cost: payments for outcomes verified under a rate card. */
    OUTCOME_PAYMENTS("outcome-payments", false),
    /** The share of a plan's value paid when support starts. */
    UPFRONT_PAYMENTS("upfront-payments", false),
    /** The part of service agreements' weekly prices that does not depend on outcomes, day by day. */
    SERVICE_PAYMENTS("service-payments", false),
    /** Contracts' fixed elements. */
    FIXED_PAYMENTS("fixed-payments", false),
    /** Deductions from providers' payments for poor performance: a reduction of expense, credited. */
    PERFORMANCE_DEDUCTIONS("performance-deductions", false),
    /** What the council owes each provider, one account per provider. */
    PROVIDERS_PAYABLE("providers-payable", true),
    /** Money paid out of the council's bank account. */
    BANK("bank", false);

    private final String code;
    private final boolean perProvider;

    LedgerAccount(String code, boolean perProvider) {
        this.code = code;
        this.perProvider = perProvider;
    }

    /** The account's name in the API and the database. */
    public String code() {
        return code;
    }

    /** Whether each line names the provider the amount is for. */
    public boolean perProvider() {
        return perProvider;
    }

    public static Optional<LedgerAccount> byCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
