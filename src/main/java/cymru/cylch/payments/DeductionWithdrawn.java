package cymru.cylch.payments;

import cymru.cylch.platform.events.OrganisationEvent;
import cymru.cylch.platform.ids.OrganisationId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A pending deduction was withdrawn by {@code by}, with the reason, before any payment run took it. {@code source}
 * is what it was imposed for (a performance issue, say), so that module can record the withdrawal in its history.
 */
public record DeductionWithdrawn(UUID deduction, OrganisationId council, OrganisationId provider,
                                 @Nullable UUID source, UUID by, String reason, Instant at)
        implements OrganisationEvent {

    @Override
    public OrganisationId organisation() {
        return council;
    }

    @Override
    public String key() {
        return "deduction-withdrawn/" + deduction;
    }
}
