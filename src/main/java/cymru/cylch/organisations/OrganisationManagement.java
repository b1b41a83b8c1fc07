package cymru.cylch.organisations;

import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.Credentials;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.security.SecondFactors;
import cymru.cylch.platform.security.SessionTermination;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with organisations and their users. Every method takes the acting user and checks
 * the walls ({@link OrganisationWalls}) itself: a record behind a wall is reported as not found, and the
 * attempt is audited.
 */
@Service
@Transactional
public class OrganisationManagement {

    private final Organisations organisations;
    private final UserAccounts users;
    private final Credentials credentials;
    private final SecondFactors secondFactors;
    private final SessionTermination sessions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganisationManagement(Organisations organisations, UserAccounts users, Credentials credentials,
                           SecondFactors secondFactors, SessionTermination sessions, AuditLog audit,
                           ApplicationEventPublisher events, Clock clock) {
        this.organisations = organisations;
        this.users = users;
        this.credentials = credentials;
        this.secondFactors = secondFactors;
        this.sessions = sessions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Organisation> administeredBy(CylchUser actor) {
        return actor.hasRole(Role.ADMINISTRATOR) ? organisations.administeredBy(actor.organisationId()) : List.of();
    }

    @Transactional(readOnly = true)
    public boolean mayRegisterOrganisations(CylchUser actor) {
        return OrganisationWalls.mayRegisterOrganisations(actor);
    }

    /** One organisation the actor administers; anything else is "not found". */
    @Transactional(readOnly = true)
    public Organisation administered(CylchUser actor, UUID organisationId) {
        return organisations.findById(organisationId)
                .filter(o -> OrganisationWalls.mayAdminister(actor, o))
                .orElseThrow(() -> refused("organisation", organisationId));
    }

    public Organisation register(CylchUser actor, OrganisationDetails details) {
        if (!OrganisationWalls.mayRegisterOrganisations(actor)) {
            throw refused("organisation", "new");
        }
        requireUniqueName(details.name());
        Organisation organisation = new Organisation(UUID.randomUUID(), details.kind(), details.name(),
                details.welshName(), details.identifiers(), actor.organisationId(), actor.userId(), clock.instant());
        organisation.workIn(details.nation());
        organisations.saveAndFlush(organisation);
        audit.record(AuditAction.CREATED, "organisation", organisation.id());
        events.publishEvent(new OrganisationRegistered(OrganisationId.of(organisation.id()), organisation.kind(),
                organisation.name(), OrganisationId.of(actor.organisationId())));
        return organisation;
    }

    public void update(CylchUser actor, UUID organisationId, long expectedVersion, OrganisationDetails details) {
        Organisation organisation = administered(actor, organisationId);
        if (organisation.version() != expectedVersion) {
            throw new RuleViolationException("organisation.changedMeanwhile");
        }
        if (!organisation.name().equalsIgnoreCase(details.name().strip())) {
            requireUniqueName(details.name());
        }
        organisation.workIn(details.nation());
        organisation.update(details.name(), details.welshName(), details.identifiers(), actor.userId(),
                clock.instant());
        organisations.flush();
        audit.record(AuditAction.CHANGED, "organisation", organisationId);
    }

    @Transactional(readOnly = true)
    public List<UserAccount> members(CylchUser actor, UUID organisationId) {
        administered(actor, organisationId);
        return users.membersOf(organisationId);
    }

    /** A member of an organisation the actor administers; the view is audited. */
    public UserAccount member(CylchUser actor, UUID organisationId, UUID userId) {
        administered(actor, organisationId);
        UserAccount user = users.findById(userId).filter(u -> u.membershipOf(organisationId).isPresent())
                .orElseThrow(() -> refused("user", userId));
        audit.record(AuditAction.VIEWED, "user", userId);
        return user;
    }

    /** A new account whose home is this organisation. */
    public UserAccount createUser(CylchUser actor, UUID organisationId, NewUser newUser) {
        administered(actor, organisationId);
        if (users.findByUsername(newUser.username()).isPresent()) {
            // Unavoidable with one namespace of usernames: a new one must be free. Audited, so probing shows.
            audit.recordRefusal("username", "taken");
            throw new RuleViolationException("user.username.taken");
        }
        UserAccount user = new UserAccount(UUID.randomUUID(), newUser.username(), newUser.displayName(),
                newUser.email(), organisationId, newUser.roles(), actor.userId(), clock.instant());
        users.saveAndFlush(user);
        credentials.setPassword(user.id(), user.username(), newUser.initialPassword(), true);
        audit.record(AuditAction.CREATED, "user", user.id());
        return user;
    }

    /** What the actor may do with a member's account, for the pages to offer only that. */
    @Transactional(readOnly = true)
    public AccountAuthority authorityOver(CylchUser actor, UserAccount user) {
        Organisation home = organisations.findById(user.homeOrganisationId()).orElseThrow();
        return new AccountAuthority(home, OrganisationWalls.mayManageAccount(actor, home, user.organisationIds()));
    }

    /** Roles belong to one membership: the administrators of that organisation set them. */
    public void changeRoles(CylchUser actor, UUID organisationId, UUID userId, Set<Role> roles) {
        UserAccount user = memberQuietly(actor, organisationId, userId);
        if (user.id().equals(actor.userId()) && organisationId.equals(actor.organisationId())
                && !roles.contains(Role.ADMINISTRATOR)) {
            throw new RuleViolationException("user.roles.ownAdministrator");
        }
        user.changeRoles(organisationId, roles, actor.userId(), clock.instant());
        auditAccount(user, "roles in " + organisationId);
        sessions.endAllSessionsOf(user.username());
    }

    /** Ends a membership of an organisation that is not the account's home; the account itself is untouched. */
    public void removeMember(CylchUser actor, UUID organisationId, UUID userId) {
        UserAccount user = memberQuietly(actor, organisationId, userId);
        if (user.isHomedIn(organisationId)) {
            throw new RuleViolationException("user.remove.home");
        }
        List<UUID> before = user.organisationIds();
        user.leave(organisationId, actor.userId(), clock.instant());
        users.flush();
        audit.recordInEach(before, AuditAction.CHANGED, "user", userId, "left " + organisationId);
        sessions.endAllSessionsOf(user.username());
    }

    public void disable(CylchUser actor, UUID organisationId, UUID userId) {
        UserAccount user = accountQuietly(actor, organisationId, userId);
        if (user.id().equals(actor.userId())) {
            throw new RuleViolationException("user.disable.self");
        }
        user.disable(actor.userId(), clock.instant());
        users.flush();
        auditAccount(user, "disabled");
        sessions.endAllSessionsOf(user.username());
    }

    public void enable(CylchUser actor, UUID organisationId, UUID userId) {
        UserAccount user = accountQuietly(actor, organisationId, userId);
        user.enable(actor.userId(), clock.instant());
        auditAccount(user, "enabled");
    }

    /** Sets a password the user must change at next sign-in, lifts any lockout and ends their sessions. */
    public void resetPassword(CylchUser actor, UUID organisationId, UUID userId, String temporaryPassword) {
        UserAccount user = accountQuietly(actor, organisationId, userId);
        credentials.setPassword(user.id(), user.username(), temporaryPassword, true);
        auditAccount(user, "password reset");
        sessions.endAllSessionsOf(user.username());
    }

    /** A lost phone: the user's second factor is removed, their sessions end, and they set one up again. */
    public void resetSecondFactor(CylchUser actor, UUID organisationId, UUID userId) {
        UserAccount user = accountQuietly(actor, organisationId, userId);
        secondFactors.reset(user.id());
    }

    @Transactional(readOnly = true)
    public boolean hasSecondFactor(UUID userId) {
        return secondFactors.enrolled(userId);
    }

    public void unlock(CylchUser actor, UUID organisationId, UUID userId) {
        UserAccount user = accountQuietly(actor, organisationId, userId);
        credentials.unlock(userId);
        auditAccount(user, "unlocked");
    }

    @Transactional(readOnly = true)
    public boolean isLocked(UUID userId) {
        return credentials.isLocked(userId);
    }

    private UserAccount memberQuietly(CylchUser actor, UUID organisationId, UUID userId) {
        administered(actor, organisationId);
        return users.findById(userId).filter(u -> u.membershipOf(organisationId).isPresent())
                .orElseThrow(() -> refused("user", userId));
    }

    /**
     * A member whose account as a whole the actor may manage. Anyone else is refused as not found (and the
     * attempt audited), whether or not they are a member here.
     */
    private UserAccount accountQuietly(CylchUser actor, UUID organisationId, UUID userId) {
        UserAccount user = memberQuietly(actor, organisationId, userId);
        if (!authorityOver(actor, user).mayManageAccount()) {
            throw refused("user", userId);
        }
        return user;
    }

    /** An event on an account, in the audit log of every organisation the account belongs to. */
    private void auditAccount(UserAccount user, String what) {
        audit.recordInEach(user.organisationIds(), AuditAction.CHANGED, "user", user.id(), what);
    }

    private void requireUniqueName(String name) {
        if (organisations.existsByNameIgnoreCase(name.strip())) {
            throw new RuleViolationException("organisation.name.taken");
        }
    }

    private RecordNotFoundException refused(String recordType, Object id) {
        audit.recordRefusal(recordType, id);
        return new RecordNotFoundException(recordType, id);
    }
}
