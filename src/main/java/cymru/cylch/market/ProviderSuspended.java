package cymru.cylch.market;

import cymru.cylch.platform.events.OrganisationEvent;
import cymru.cylch.platform.ids.OrganisationId;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A council suspended a provider: no new work from {@code from} (until {@code until}, or until lifted); agreements
 * already made carry on. About the council's records, so {@link #organisation()} is the council.
 */
public record ProviderSuspended(OrganisationId council, OrganisationId provider, UUID changeId, String reason,
                                LocalDate from, @Nullable LocalDate until) implements OrganisationEvent {

    @Override
    public OrganisationId organisation() {
        return council;
    }

    @Override
    public String key() {
        return "provider-suspended/" + changeId;
    }
}
