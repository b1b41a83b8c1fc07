package cymru.cylch.organisations;

import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining another organisation. Its administrator invites a username; the account's holder accepts or declines;
 * where the account's home is a council or health board, the home's administrator then approves or refuses; the
 * inviting administrator may withdraw an open invitation. Nothing the inviting side sees depends on whether the
 * username exists. Every step is audited in the inviting organisation and in each organisation the account
 * belongs to.
 */
@Service
@Transactional
public class InvitationManagement {

    private final OrganisationManagement management;
    private final Invitations invitations;
    private final UserAccounts users;
    private final Organisations organisations;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration validFor;

    InvitationManagement(OrganisationManagement management, Invitations invitations, UserAccounts users,
                         Organisations organisations, AuditLog audit, Clock clock,
                         @Value("${cylch.invitations.valid-for:P14D}") Duration validFor) {
        this.management = management;
        this.invitations = invitations;
        this.users = users;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
        this.validFor = validFor;
    }

    /** An invitation as the pages show it: who, to where, and what it waits for. */
    public record InvitationView(Invitation invitation, Organisation organisation, String inviteeName,
                                 Organisation inviteeHome) {
    }

    /**
     * Invites a username to join the organisation. The answer is the same whether or not an account has that
     * username; only an existing member of this organisation is told so, since the administrator sees them anyway.
     */
    public Invitation invite(CylchUser actor, UUID organisationId, String username, Set<Role> roles) {
        Organisation organisation = management.administered(actor, organisationId);
        Instant now = clock.instant();
        Optional<UserAccount> invitee = users.findByUsername(username.strip());
        if (invitee.flatMap(u -> u.membershipOf(organisationId)).isPresent()) {
            throw new RuleViolationException("user.alreadyMember");
        }
        Optional<Invitation> open = invitations.findOpen(organisationId, username.strip());
        open.ifPresent(i -> i.expire(now));
        if (open.filter(i -> i.status() == Invitation.Status.OPEN).isPresent()) {
            throw new RuleViolationException("invitation.alreadyOpen");
        }
        invitations.flush();
        boolean needsApproval = invitee.map(u -> OrganisationWalls.joiningNeedsApproval(home(u))).orElse(false);
        Invitation invitation = new Invitation(organisationId, username, invitee.map(UserAccount::id).orElse(null),
                needsApproval, roles, actor.userId(), now, now.plus(validFor));
        invitations.saveAndFlush(invitation);
        audit.record(AuditAction.CREATED, "invitation", invitation.id());
        invitee.ifPresent(u -> audit.recordInEach(u.organisationIds(), AuditAction.CHANGED, "user", u.id(),
                "invited to join " + organisation.name()));
        return invitation;
    }

    /** The open invitations an organisation has sent, for its administrators. */
    @Transactional(readOnly = true)
    public List<Invitation> sentBy(CylchUser actor, UUID organisationId) {
        management.administered(actor, organisationId);
        Instant now = clock.instant();
        return invitations.openFrom(organisationId).stream().filter(i -> i.isOpenAt(now)).toList();
    }

    public void withdraw(CylchUser actor, UUID organisationId, UUID invitationId) {
        management.administered(actor, organisationId);
        Invitation invitation = invitations.findById(invitationId)
                .filter(i -> i.organisationId().equals(organisationId) && i.isOpenAt(clock.instant()))
                .orElseThrow(() -> refused(invitationId));
        invitation.withdraw(actor.userId(), clock.instant());
        auditStep(invitation, "invitation withdrawn");
    }

    /** The signed-in user's own open invitations. */
    @Transactional(readOnly = true)
    public List<InvitationView> toMe(CylchUser user) {
        Instant now = clock.instant();
        return invitations.openTo(user.userId()).stream().filter(i -> i.isOpenAt(now)).map(this::view).toList();
    }

    /** The invitee accepts: they join at once unless their home must approve first. */
    public Invitation accept(CylchUser user, UUID invitationId) {
        Invitation invitation = mine(user, invitationId);
        if (invitation.isAccepted()) {
            return invitation;
        }
        invitation.accept(clock.instant());
        auditStep(invitation, "invitation accepted");
        joinIfReady(invitation);
        return invitation;
    }

    public void decline(CylchUser user, UUID invitationId) {
        Invitation invitation = mine(user, invitationId);
        invitation.decline(clock.instant());
        auditStep(invitation, "invitation declined");
    }

    /** Accepted invitations of the actor's organisation's own accounts, waiting for its administrators. */
    @Transactional(readOnly = true)
    public List<InvitationView> awaitingApproval(CylchUser actor, UUID organisationId) {
        if (!OrganisationWalls.mayApproveFor(actor, organisationId)) {
            return List.of();
        }
        Instant now = clock.instant();
        return invitations.awaitingApprovalBy(organisationId).stream()
                .filter(i -> i.isOpenAt(now) && !actor.userId().equals(i.inviteeUserId())).map(this::view).toList();
    }

    public void approve(CylchUser actor, UUID invitationId) {
        Invitation invitation = awaitingMyApproval(actor, invitationId);
        invitation.approve(actor.userId(), clock.instant());
        auditStep(invitation, "invitation approved");
        joinIfReady(invitation);
    }

    public void refuse(CylchUser actor, UUID invitationId) {
        Invitation invitation = awaitingMyApproval(actor, invitationId);
        invitation.refuse(actor.userId(), clock.instant());
        auditStep(invitation, "invitation refused");
    }

    private void joinIfReady(Invitation invitation) {
        if (!invitation.readyToJoin()) {
            return;
        }
        UserAccount user = invitee(invitation);
        if (user.membershipOf(invitation.organisationId()).isEmpty()) {
            user.join(invitation.organisationId(), invitation.roles(), clock.instant());
        }
        invitation.joined(clock.instant());
        users.flush();
        auditStep(invitation, "joined");
    }

    private Invitation mine(CylchUser user, UUID invitationId) {
        return invitations.findById(invitationId)
                .filter(i -> user.userId().equals(i.inviteeUserId()) && i.isOpenAt(clock.instant()))
                .orElseThrow(() -> refused(invitationId));
    }

    private Invitation awaitingMyApproval(CylchUser actor, UUID invitationId) {
        return invitations.findById(invitationId)
                // Nobody approves their own joining: another administrator of their home must.
                .filter(i -> i.isOpenAt(clock.instant()) && i.needsApproval() && i.isAccepted()
                        && !actor.userId().equals(i.inviteeUserId()))
                .filter(i -> OrganisationWalls.mayApproveFor(actor, invitee(i).homeOrganisationId()))
                .orElseThrow(() -> refused(invitationId));
    }

    /** In the inviting organisation's log and in that of every organisation the account belongs to. */
    private void auditStep(Invitation invitation, String what) {
        UserAccount user = invitee(invitation);
        List<UUID> organisationIds = new ArrayList<>(user.organisationIds());
        organisationIds.add(invitation.organisationId());
        audit.recordInEach(organisationIds, AuditAction.CHANGED, "invitation", invitation.id(),
                what + ": " + user.username());
    }

    private InvitationView view(Invitation invitation) {
        UserAccount user = invitee(invitation);
        return new InvitationView(invitation, organisations.findById(invitation.organisationId()).orElseThrow(),
                user.displayName(), home(user));
    }

    private UserAccount invitee(Invitation invitation) {
        UUID userId = invitation.inviteeUserId();
        if (userId == null) {
            throw new IllegalStateException("An invitation with no account cannot be taken up");
        }
        return users.findById(userId).orElseThrow();
    }

    private Organisation home(UserAccount user) {
        return organisations.findById(user.homeOrganisationId()).orElseThrow();
    }

    private RecordNotFoundException refused(UUID invitationId) {
        audit.recordRefusal("invitation", invitationId);
        return new RecordNotFoundException("invitation", invitationId);
    }
}
