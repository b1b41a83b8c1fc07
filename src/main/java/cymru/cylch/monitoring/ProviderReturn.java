package cymru.cylch.monitoring;

import cymru.cylch.platform.ids.OrganisationId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A return a provider sent a council for a period; one sent again names the one it replaces, with a reason. */
public record ProviderReturn(UUID id, OrganisationId council, OrganisationId provider, Period period,
                             ReturnChannel channel, int rows, @Nullable UUID replaces, @Nullable String reason,
                             Instant submittedAt, boolean late) {
}
