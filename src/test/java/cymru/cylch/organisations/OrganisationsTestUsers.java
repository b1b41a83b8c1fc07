package cymru.cylch.organisations;

import cymru.cylch.platform.security.Account;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Membership;
import cymru.cylch.platform.security.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Signed-in users for plain rule tests, without Spring. */
final class OrganisationsTestUsers {

    private OrganisationsTestUsers() {
    }

    static CylchUser member(Organisation organisation, Set<Role> roles) {
        var membership = new Membership(organisation.id(), organisation.name(), null, organisation.kind().name(), roles);
        return CylchUser.of(new Account(UUID.randomUUID(), "someone", "Someone", true, List.of(membership)),
                organisation.id());
    }
}
