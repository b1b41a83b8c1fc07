package cymru.cylch.platform.database;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whose records the work on this thread may touch: the organisation the signed-in user or API client acts for,
 * or none. The security part of the platform supplies it; the database enforces it with row-level security.
 */
public interface DataScope {

    @Nullable UUID organisationId();

    /**
     * Whether the acting organisation reads records other organisations hold, through access grants (providers,
     * consortia and health boards). Only then are the grant policies applied, so a council's own queries keep the
     * holder's single equality.
     */
    default boolean readsThroughGrants() {
        return false;
    }
}
