package cymru.cylch.market;

import cymru.cylch.platform.events.OrganisationEvent;
import cymru.cylch.platform.ids.OrganisationId;
import java.time.LocalDate;
import java.util.UUID;

/** A council took a provider off its list for good, on the day given. {@link #organisation()} is the council. */
public record ProviderRemoved(OrganisationId council, OrganisationId provider, UUID changeId, String reason,
                              LocalDate on) implements OrganisationEvent {

    @Override
    public OrganisationId organisation() {
        return council;
    }

    @Override
    public String key() {
        return "provider-removed/" + changeId;
    }
}
