package cymru.cylch.people;

/**
 * What saving a support plan revision did: it took effect, or it costs more than its budget allows and waits for
 * a funding decision ({@link FundingThreshold}).
 */
public sealed interface PlanChange {

    /** The revision took effect at once. */
    record TookEffect(SupportPlan plan) implements PlanChange {
    }

    /** The revision waits for a team manager or a finance officer to decide on its funding. */
    record AwaitsFunding(FundingRequest request) implements PlanChange {
    }

    /** The revision that took effect; for callers that know the plan is within its budget. */
    default SupportPlan plan() {
        return switch (this) {
            case TookEffect took -> took.plan();
            case AwaitsFunding awaits -> throw new IllegalStateException(
                    "Revision " + awaits.request().revision() + " waits for a funding decision");
        };
    }
}
