package cymru.cylch.platform.security;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the platform finds accounts. Implemented by the organisations module, so that security depends on
 * no domain module while users and memberships stay where they belong.
 */
public interface AccountDirectory {

    /** Case-insensitive. */
    Optional<Account> findByUsername(String username);

    Optional<Account> findById(UUID userId);

    /**
     * Disables an account found dormant (no sign-in since {@code unusedSince}), ends its sessions and records it
     * in the audit log of each organisation it belongs to, as done by Cylch itself. Answers false, doing nothing,
     * when the account is already disabled or does not exist.
     */
    boolean disableDormant(UUID userId, Instant unusedSince);
}
