package cymru.cylch.platform.security;

import java.util.List;
import java.util.UUID;

/** A user account as the organisations module knows it: identity, whether enabled, and memberships. */
public record Account(UUID userId, String username, String displayName, boolean enabled, List<Membership> memberships) {

    public Account {
        memberships = List.copyOf(memberships);
    }
}
