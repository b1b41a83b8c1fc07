package cymru.cylch.organisations;

import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Who may administer what. An administrator acts for one organisation; they manage it and the organisations it
 * registered (a council onboarding its providers), and nothing else. Only commissioning organisations register
 * others. Plain rules, tested without Spring.
 */
final class OrganisationWalls {

    private OrganisationWalls() {
    }

    static boolean mayAdminister(CylchUser actor, Organisation organisation) {
        return actor.hasRole(Role.ADMINISTRATOR)
                && (organisation.id().equals(actor.organisationId())
                || actor.organisationId().equals(organisation.registeredBy()));
    }

    /**
     * Whether the actor may act on an account as a whole: reset its password or second factor, disable, enable
     * or unlock it. Only administrators of its home organisation may, and those of the organisation that
     * registered the home (a council for the providers it onboarded) while the account belongs to no one else:
     * a membership elsewhere must never hand one organisation's administrators another's access.
     *
     * @param accountOrganisations every organisation the account belongs to, its home included
     */
    static boolean mayManageAccount(CylchUser actor, Organisation home, Collection<UUID> accountOrganisations) {
        if (!mayAdminister(actor, home)) {
            return false;
        }
        return home.id().equals(actor.organisationId())
                || Set.of(home.id(), actor.organisationId()).containsAll(accountOrganisations);
    }

    /** Whether the actor may approve or refuse an account's joining another organisation: its home's administrators. */
    static boolean mayApproveFor(CylchUser actor, UUID homeOrganisationId) {
        return actor.hasRole(Role.ADMINISTRATOR) && homeOrganisationId.equals(actor.organisationId());
    }

    /** Joining another organisation needs the approval of a home that is a council or health board. */
    static boolean joiningNeedsApproval(Organisation home) {
        return home.kind() == OrganisationKind.COUNCIL || home.kind() == OrganisationKind.HEALTH_BOARD;
    }

    static boolean mayRegisterOrganisations(CylchUser actor) {
        return actor.hasRole(Role.ADMINISTRATOR)
                && (OrganisationKind.COUNCIL.name().equals(actor.organisation().organisationKind())
                || OrganisationKind.HEALTH_BOARD.name().equals(actor.organisation().organisationKind()));
    }
}
