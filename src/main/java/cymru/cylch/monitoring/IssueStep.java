package cymru.cylch.monitoring;

import cymru.cylch.platform.rules.RuleViolationException;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The steps of a performance issue's life, each allowed from some statuses and leading to one (or leaving it where it
 * is), taken by the council or by the provider, and whether it needs a reason. Together they are the state machine
 * of the corrective action plan and of escalation; each step taken is kept in the issue's history. Message keys
 * {@code issue.step.<NAME>}.
 */
public enum IssueStep {
    RAISED(Set.of(), IssueStatus.RAISED, Side.COUNCIL, false),
    /** The provider says what it makes of the issue; it may say it again while the issue is open. */
    RESPONDED(open(), null, Side.PROVIDER, true),
    CAP_STARTED(EnumSet.of(IssueStatus.RAISED, IssueStatus.ESCALATED), IssueStatus.CAP_DRAFT, Side.COUNCIL, false),
    /** Editing a proposed plan takes it back from the provider. */
    CAP_SAVED(EnumSet.of(IssueStatus.CAP_DRAFT, IssueStatus.CAP_PROPOSED), IssueStatus.CAP_DRAFT, Side.COUNCIL,
            false),
    CAP_PROPOSED(EnumSet.of(IssueStatus.CAP_DRAFT), IssueStatus.CAP_PROPOSED, Side.COUNCIL, false),
    CAP_AGREED(EnumSet.of(IssueStatus.CAP_PROPOSED), IssueStatus.CAP_AGREED, Side.PROVIDER, false),
    CAP_DISPUTED(EnumSet.of(IssueStatus.CAP_PROPOSED), IssueStatus.CAP_DRAFT, Side.PROVIDER, true),
    ACTION_DONE(EnumSet.of(IssueStatus.CAP_AGREED), null, Side.EITHER, false),
    /** The agreed plan is reopened to change it, with the reason: the provider agrees the changed plan again. */
    CAP_VARIED(EnumSet.of(IssueStatus.CAP_AGREED), IssueStatus.CAP_DRAFT, Side.COUNCIL, true),
    CAP_REVIEWED(EnumSet.of(IssueStatus.CAP_AGREED), null, Side.COUNCIL, true),
    /** The punitive route, chosen at once or when a plan is refused or fails. */
    ESCALATED(EnumSet.of(IssueStatus.RAISED, IssueStatus.CAP_DRAFT, IssueStatus.CAP_PROPOSED, IssueStatus.CAP_AGREED),
            IssueStatus.ESCALATED, Side.COUNCIL, true),
    SANCTIONED(EnumSet.of(IssueStatus.ESCALATED), null, Side.COUNCIL, true),
    /**
     * A deduction imposed as a sanction is withdrawn before a payment run takes it: recorded when payments announces
     * it, whoever withdrew it and through which way in. Possible at any stage (a plan agreed after the notice, the
     * issue resolved, closed or terminated), since none of them cancels a pending deduction; only an issue that was
     * escalated has one.
     */
    DEDUCTION_WITHDRAWN(EnumSet.allOf(IssueStatus.class), null, Side.COUNCIL, true),
    TERMINATED(EnumSet.of(IssueStatus.ESCALATED), IssueStatus.TERMINATED, Side.COUNCIL, true),
    RESOLVED(EnumSet.of(IssueStatus.CAP_AGREED, IssueStatus.ESCALATED), IssueStatus.RESOLVED, Side.COUNCIL, true),
    /** Closed: no action was needed, or the issue was withdrawn (raised in error, the provider stopped trading). */
    CLOSED(EnumSet.of(IssueStatus.RAISED, IssueStatus.CAP_DRAFT, IssueStatus.CAP_PROPOSED, IssueStatus.CAP_AGREED),
            IssueStatus.CLOSED, Side.COUNCIL, true);

    /** Who takes a step. */
    public enum Side { COUNCIL, PROVIDER, EITHER }

    private final Set<IssueStatus> from;
    private final @Nullable IssueStatus to;
    private final Side side;
    private final boolean needsReason;

    IssueStep(Set<IssueStatus> from, @Nullable IssueStatus to, Side side, boolean needsReason) {
        this.from = from.isEmpty() ? Set.of() : EnumSet.copyOf(from);
        this.to = to;
        this.side = side;
        this.needsReason = needsReason;
    }

    private static Set<IssueStatus> open() {
        return EnumSet.of(IssueStatus.RAISED, IssueStatus.CAP_DRAFT, IssueStatus.CAP_PROPOSED,
                IssueStatus.CAP_AGREED, IssueStatus.ESCALATED);
    }

    /** Whether the step may be taken from the status. */
    public boolean allowedFrom(IssueStatus status) {
        return from.contains(status);
    }

    /** Whether the side may take it. */
    public boolean takenBy(Side who) {
        return side == Side.EITHER || side == who;
    }

    public boolean needsReason() {
        return needsReason;
    }

    /**
     * The status after the step taken from {@code status}, with the note given; refused if the step is not allowed
     * from it or a reason it needs is missing.
     */
    public IssueStatus from(IssueStatus status, @Nullable String note) {
        if (!allowedFrom(status)) {
            throw new RuleViolationException("issue.step.notNow");
        }
        if (needsReason && (note == null || note.isBlank())) {
            throw new RuleViolationException("issue.reason.missing");
        }
        if (note != null && note.length() > CurveParts.LONGEST) {
            throw new RuleViolationException("issue.reason.tooLong");
        }
        return to == null ? status : to;
    }

    /** The route the step puts the issue on, if it chooses one. */
    public @Nullable IssueRoute route() {
        return switch (this) {
            case CAP_STARTED -> IssueRoute.DEVELOPMENTAL;
            case ESCALATED -> IssueRoute.PUNITIVE;
            default -> null;
        };
    }
}
