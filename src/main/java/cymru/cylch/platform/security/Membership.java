package cymru.cylch.platform.security;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A user's place in one organisation, and the roles they hold there. */
public record Membership(UUID organisationId, String organisationName, String organisationKind, Set<Role> roles)
        implements Serializable {

    public Membership {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    Membership restrictedTo(Set<Role> allowed) {
        EnumSet<Role> kept = EnumSet.noneOf(Role.class);
        kept.addAll(roles);
        kept.retainAll(allowed);
        return new Membership(organisationId, organisationName, organisationKind, kept);
    }
}
