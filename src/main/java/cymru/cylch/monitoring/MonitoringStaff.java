package cymru.cylch.monitoring;

import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.market.Accreditation;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and manage a council's monitoring: a member of a council or health board with one of the roles. A
 * provider's administrator can give its own members a commissioner's role, and they still read no council's measures.
 */
@Component
class MonitoringStaff {

    /** Read measures, their values and alerts. */
    static final Set<Role> READERS = Set.of(Role.COMMISSIONER, Role.TEAM_MANAGER, Role.FINANCE_OFFICER, Role.AUDITOR);

    private final ContractManagement contracts;
    private final Accreditation accreditation;
    private final JdbcClient jdbc;

    MonitoringStaff(ContractManagement contracts, Accreditation accreditation, JdbcClient jdbc) {
        this.contracts = contracts;
        this.accreditation = accreditation;
        this.jdbc = jdbc;
    }

    /**
     * Whether the council and the provider have a relationship: the council commissions it under a contract, has it
     * on (or applying to, or removed from) its list, or has issues or a log with it from before (a provider
     * terminated from a framework keeps its history).
     */
    boolean knows(OrganisationId council, OrganisationId provider) {
        return accreditation.knows(council.value(), provider.value())
                || contracts.letBy(council).stream().anyMatch(c -> c.terms().suppliedBy(provider))
                || jdbc.sql("""
                        select exists (select 1 from performance_issue where held_by = ? and provider_id = ?)
                            or exists (select 1 from relationship_entry where held_by = ? and provider_id = ?)""")
                .params(council.value(), provider.value(), council.value(), provider.value())
                .query(Boolean.class).single();
    }

    /** The councils that commission the member's provider under a contract or list it (or that it applied to). */
    Set<OrganisationId> councilsKnowing(CylchUser member) {
        provider(member);
        Set<OrganisationId> known = new HashSet<>();
        contracts.contracts(member).forEach(c -> known.add(c.heldBy()));
        accreditation.ofProvider(member).forEach(s -> known.add(s.other().id()));
        return known;
    }

    /** The providers the council commissions under a contract or has on its list (not those it removed). */
    Set<OrganisationId> providersKnownTo(OrganisationId council) {
        Set<OrganisationId> known = new HashSet<>();
        contracts.letBy(council).forEach(c -> c.terms().suppliers().forEach(known::add));
        accreditation.providersListedWith(council.value()).forEach(p -> known.add(OrganisationId.of(p)));
        return known;
    }

    /** The reader's council, if they may read its monitoring. */
    OrganisationId reader(CylchUser user) {
        return require(user, "read monitoring", READERS.toArray(Role[]::new));
    }

    /** The commissioner's council, if they may define measures and record their values. */
    OrganisationId commissioner(CylchUser user, String what) {
        return require(user, what, Role.COMMISSIONER);
    }

    /** Whether the user works for a council or health board (so acts for it, never for a provider). */
    boolean commissions(CylchUser user) {
        return contracts.commissions(OrganisationId.of(user.organisationId()));
    }

    /** The provider's own organisation, if the user works for a provider (not a council) as its provider user. */
    OrganisationId provider(CylchUser user) {
        OrganisationId organisation = OrganisationId.of(user.organisationId());
        if (!user.hasRole(Role.PROVIDER_USER) || contracts.commissions(organisation)) {
            throw new AccessDeniedException("only a provider's users send its returns");
        }
        return organisation;
    }

    private OrganisationId require(CylchUser user, String what, Role... roles) {
        OrganisationId organisation = OrganisationId.of(user.organisationId());
        if (Arrays.stream(roles).noneMatch(user::hasRole) || !contracts.commissions(organisation)) {
            throw new AccessDeniedException("only a commissioner's " + Arrays.toString(roles) + " " + what);
        }
        return organisation;
    }
}
