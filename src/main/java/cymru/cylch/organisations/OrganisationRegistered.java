package cymru.cylch.organisations;

import cymru.cylch.platform.events.OrganisationEvent;
import cymru.cylch.platform.ids.OrganisationId;
import org.jspecify.annotations.Nullable;

/** A new organisation joined Cylch; later modules (market, contracts) listen for providers. */
public record OrganisationRegistered(OrganisationId organisationId, OrganisationKind kind, String name,
                                     @Nullable OrganisationId registeredBy) implements OrganisationEvent {

    /** The new organisation's own: listeners set up what it needs. */
    @Override
    public OrganisationId organisation() {
        return organisationId;
    }

    @Override
    public String key() {
        return "organisation-registered/" + organisationId;
    }
}
