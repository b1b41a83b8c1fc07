package cymru.cylch.monitoring;

/** Where a performance issue stands. Message keys {@code issue.status.<NAME>}. */
public enum IssueStatus {
    /** Recorded; the commissioner has not chosen a route yet. */
    RAISED,
    /** The developmental route: the commissioner writes the corrective action plan. */
    CAP_DRAFT,
    /** The plan is with the provider to agree or dispute. */
    CAP_PROPOSED,
    /** Agreed: its actions are being carried out, and it is reviewed on its dates. */
    CAP_AGREED,
    /** The punitive route: sanctions may be imposed. */
    ESCALATED,
    /** Put right: the plan was completed or the sanctions did their work. */
    RESOLVED,
    /** Closed: no action was needed, or the issue was withdrawn. */
    CLOSED,
    /** The provider's contract was terminated. */
    TERMINATED;

    /** Whether nothing more can happen to the issue. */
    public boolean ended() {
        return this == RESOLVED || this == CLOSED || this == TERMINATED;
    }
}
