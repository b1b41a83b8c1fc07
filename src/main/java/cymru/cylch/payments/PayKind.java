package cymru.cylch.payments;

/**
 * What a line of a payment run pays for: a contract's fixed element; the part of an agreement's weekly price that
 * does not depend on outcomes, for the days it ran; the up-front share of a plan's value; an outcome of the card.
 * Or what it takes back: a deduction for poor performance ({@link PerformanceDeductions}), always negative.
 */
public enum PayKind {
    FIXED(LedgerAccount.FIXED_PAYMENTS),
    SERVICE(LedgerAccount.SERVICE_PAYMENTS),
    UPFRONT(LedgerAccount.UPFRONT_PAYMENTS),
    OUTCOME(LedgerAccount.OUTCOME_PAYMENTS),
    DEDUCTION(LedgerAccount.PERFORMANCE_DEDUCTIONS);

    private final LedgerAccount account;

    PayKind(LedgerAccount account) {
        this.account = account;
    }

    /** The expense account the line is posted to (a deduction's reduces expense: it is credited). */
    public LedgerAccount account() {
        return account;
    }

    /** Whether it depends on outcomes, so that the card's caps apply to it. */
    public boolean byResults() {
        return this == UPFRONT || this == OUTCOME;
    }
}
