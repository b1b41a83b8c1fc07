package cymru.cylch.organisations;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A new organisation joined Cylch; later modules (market, contracts) listen for providers. */
public record OrganisationRegistered(UUID organisationId, OrganisationKind kind, String name,
                                     @Nullable UUID registeredBy) {
}
