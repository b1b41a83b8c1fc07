package cymru.cylch.market;

import cymru.cylch.people.OutcomeId;

/** An outcome a support request is for, as agreed with the person: their words and its domain. */
public record RequestedOutcome(OutcomeId outcome, String statement, String domain) {
}
