package cymru.cylch.contracts;

import cymru.cylch.platform.ids.OrganisationId;

/**
 * Whether a commissioner may give a provider new work today: asked before any service agreement starts, so that a
 * provider not accredited, or suspended, gets no new agreement by any route. The market keeps each council's
 * standing with its providers and answers it; contracts only asks, so it never depends on the market.
 */
public interface NewWorkCheck {

    boolean mayTakeNewWork(OrganisationId commissioner, OrganisationId provider);
}
