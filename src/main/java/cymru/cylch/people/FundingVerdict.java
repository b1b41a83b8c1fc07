package cymru.cylch.people;

import java.util.List;

/** What became of a request for funding. Message keys {@code funding.verdict.<NAME>}. */
public enum FundingVerdict {
    APPROVED,
    /** Approved for a lower weekly amount, with the changes the decider asks for. */
    APPROVED_WITH_CHANGES,
    REFUSED,
    /** Taken back by a care manager before anyone decided. */
    WITHDRAWN;

    /** The verdicts a decider chooses from (a withdrawal is the care manager's). */
    public static List<FundingVerdict> decisions() {
        return List.of(APPROVED, APPROVED_WITH_CHANGES, REFUSED);
    }

    /** Whether the plan revision took effect. */
    public boolean approves() {
        return this == APPROVED || this == APPROVED_WITH_CHANGES;
    }
}
