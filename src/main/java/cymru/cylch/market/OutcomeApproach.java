package cymru.cylch.market;

import cymru.cylch.people.OutcomeId;

/** How a provider proposes to help the person achieve one outcome of a support request. */
public record OutcomeApproach(OutcomeId outcome, String approach) {
}
