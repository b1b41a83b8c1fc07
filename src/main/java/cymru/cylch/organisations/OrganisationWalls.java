package cymru.cylch.organisations;

import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;

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

    static boolean mayRegisterOrganisations(CylchUser actor) {
        return actor.hasRole(Role.ADMINISTRATOR)
                && (OrganisationKind.COUNCIL.name().equals(actor.organisation().organisationKind())
                || OrganisationKind.HEALTH_BOARD.name().equals(actor.organisation().organisationKind()));
    }
}
