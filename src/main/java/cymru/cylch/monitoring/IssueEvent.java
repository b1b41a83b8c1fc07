package cymru.cylch.monitoring;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One step in a performance issue's history: which, the status before and after, what was said, and who took it
 * ({@code byProvider}: someone acting for the provider; {@code byName}: their name, where the reader may know it).
 */
public record IssueEvent(UUID id, IssueStep step, @Nullable IssueStatus from, IssueStatus to, @Nullable String note,
                         boolean byProvider, @Nullable String byName, Instant at) {
}
