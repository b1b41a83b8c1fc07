package cymru.cylch.platform.security;

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
}
