package cymru.cylch.platform.security;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A user's place in one organisation, and the roles they hold there. */
public record Membership(UUID organisationId, String organisationName, @Nullable String organisationWelshName,
                         String organisationKind, Set<Role> roles) implements Serializable {

    public Membership {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** The organisation's name in the page's language ("cy" or "en"), falling back to the English one. */
    public String organisationNameIn(String language) {
        return "cy".equals(language) && organisationWelshName != null ? organisationWelshName : organisationName;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    Membership restrictedTo(Set<Role> allowed) {
        EnumSet<Role> kept = EnumSet.noneOf(Role.class);
        kept.addAll(roles);
        kept.retainAll(allowed);
        return new Membership(organisationId, organisationName, organisationWelshName, organisationKind, kept);
    }
}
