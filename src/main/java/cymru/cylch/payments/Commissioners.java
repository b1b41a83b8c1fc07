package cymru.cylch.payments;

import cymru.cylch.organisations.OrganisationDirectory;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import java.util.Arrays;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may handle a commissioner's money: a member of a council or health board with one of the roles. Roles are
 * given per organisation, so a provider's administrator could give one of its members the finance officer's role;
 * that member still prepares no payment run, posts nothing to a ledger and reads no council's spend.
 */
@Component
class Commissioners {

    private final OrganisationDirectory directory;

    Commissioners(OrganisationDirectory directory) {
        this.directory = directory;
    }

    void require(CylchUser user, String what, Role... roles) {
        if (!any(user, roles)) {
            throw new AccessDeniedException("only a commissioner's " + Arrays.toString(roles) + " " + what);
        }
    }

    /** Whether the user is a member of a council or health board with one of the roles. */
    boolean any(CylchUser user, Role... roles) {
        return Arrays.stream(roles).anyMatch(user::hasRole) && directory.find(OrganisationId.of(
                user.organisationId())).map(o -> o.kind().commissions()).orElse(false);
    }
}
