package cymru.cylch.monitoring;

import cymru.cylch.platform.ids.OrganisationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry in the log a council and a provider keep of their relationship: what kind, on which day, about what, who
 * took part and what was found, and who wrote it ({@code byProvider}; {@code byName} where the reader may know it).
 */
public record RelationshipEntry(UUID id, OrganisationId council, OrganisationId provider, EntryKind kind,
                                LocalDate occurredOn, String subject, String summary, String attendees,
                                String findings, boolean byProvider, @Nullable String byName, Instant writtenAt) {
}
