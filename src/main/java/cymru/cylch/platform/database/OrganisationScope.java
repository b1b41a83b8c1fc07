package cymru.cylch.platform.database;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Work done for one organisation when no one from it is signed in on this thread (an event listener): inside
 * {@link #call} connections are scoped to that organisation, exactly as for one of its users. Open it around the
 * transaction, not inside it: a connection takes its scope when it is handed out.
 */
public final class OrganisationScope {

    private static final ThreadLocal<@Nullable UUID> CURRENT = new ThreadLocal<>();

    private OrganisationScope() {
    }

    public static <T> T call(UUID organisationId, Supplier<T> work) {
        UUID outer = CURRENT.get();
        CURRENT.set(organisationId);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** The organisation this thread works for, if inside {@link #call}. */
    public static Optional<UUID> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
