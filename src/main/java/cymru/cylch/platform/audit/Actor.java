package cymru.cylch.platform.audit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Who acted, and for which organisation. All parts are absent for a failed sign-in with an unknown name. */
public record Actor(@Nullable UUID userId, @Nullable String username, @Nullable UUID organisationId,
                    AuditChannel channel) {

    public static Actor system() {
        return new Actor(null, null, null, AuditChannel.SYSTEM);
    }
}
