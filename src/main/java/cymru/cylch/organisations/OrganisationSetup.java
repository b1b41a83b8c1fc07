package cymru.cylch.organisations;

import cymru.cylch.platform.audit.Actor;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditChannel;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.security.Credentials;
import cymru.cylch.platform.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up organisations and users as Cylch itself, with no one signed in: the first administrator of a new
 * installation, and the demo county. Audited as the system. Not reachable from any page or endpoint.
 */
@Service
@Transactional
public class OrganisationSetup {

    private final Organisations organisations;
    private final UserAccounts users;
    private final Invitations invitations;
    private final Credentials credentials;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganisationSetup(Organisations organisations, UserAccounts users, Invitations invitations,
                      Credentials credentials, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.organisations = organisations;
        this.users = users;
        this.invitations = invitations;
        this.credentials = credentials;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Cylch itself, acting for the organisation concerned, so that its auditors see the entry. */
    private static Actor systemFor(UUID organisationId) {
        return new Actor(null, null, organisationId, AuditChannel.SYSTEM);
    }

    @Transactional(readOnly = true)
    public boolean hasUsers() {
        return users.count() > 0;
    }

    @Transactional(readOnly = true)
    public boolean hasOrganisations() {
        return organisations.count() > 0;
    }

    /** A new installation's first organisation and administrator, together or not at all. */
    public void firstAdministrator(OrganisationDetails organisation, String username, String password) {
        UUID organisationId = UUID.randomUUID();
        registerOrganisation(organisationId, organisation, null);
        createUser(UUID.randomUUID(), organisationId, username, username, Set.of(Role.ADMINISTRATOR), password, true);
    }

    public void registerOrganisation(UUID id, OrganisationDetails details, @Nullable UUID registeredBy) {
        Organisation organisation = new Organisation(id, details.kind(), details.name(), details.welshName(),
                details.identifiers(), registeredBy, null, clock.instant());
        organisation.workIn(details.nation());
        organisations.save(organisation);
        audit.record(systemFor(id), AuditAction.CREATED, "organisation", id.toString(), null);
        events.publishEvent(new OrganisationRegistered(OrganisationId.of(id), details.kind(), details.name(),
                registeredBy == null ? null : OrganisationId.of(registeredBy)));
    }

    /**
     * An invitation to an existing account to join an organisation, sent by Cylch itself (the demo county shows
     * one waiting for its invitee and one waiting for the home council's approval).
     */
    public void invite(UUID organisationId, String username, Set<Role> roles, boolean accepted) {
        UserAccount user = users.findByUsername(username).orElseThrow();
        Organisation home = organisations.findById(user.homeOrganisationId()).orElseThrow();
        Instant now = clock.instant();
        Invitation invitation = new Invitation(organisationId, username, user.id(),
                OrganisationWalls.joiningNeedsApproval(home), roles, null, now, now.plus(Duration.ofDays(14)));
        if (accepted) {
            invitation.accept(now);
        }
        invitations.save(invitation);
        audit.record(systemFor(organisationId), AuditAction.CREATED, "invitation", invitation.id().toString(), null);
    }

    public void createUser(UUID id, UUID organisationId, String username, String displayName, Set<Role> roles,
                           String password, boolean mustChangePassword) {
        UserAccount user = new UserAccount(id, username, displayName, null, organisationId, roles, null,
                clock.instant());
        users.save(user);
        credentials.setPassword(id, user.username(), password, mustChangePassword);
        audit.record(systemFor(organisationId), AuditAction.CREATED, "user", id.toString(), null);
    }
}
