package cymru.cylch.people;

import cymru.cylch.platform.ids.OrganisationId;
import java.time.Instant;
import java.util.UUID;

/**
 * A provider's view of progress on an outcome it works to: the rating it would give and what it saw, written by one
 * of its users. Never changed; a later view is a new one.
 */
public record ProviderView(UUID id, OutcomeId outcome, PersonId person, OrganisationId provider, Rating rating,
                           String seen, Instant recordedAt, UUID recordedBy) {
}
