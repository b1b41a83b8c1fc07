package cymru.cylch.organisations;

import cymru.cylch.platform.security.Role;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's invitation to someone who already uses Cylch to become one of its members. The account
 * joins only when its holder has accepted and, where the account's home is a council or health board, that
 * home's administrator has approved. An invitation to a username with no account is stored like any other, so
 * the inviting administrator cannot tell the difference, but it has no invitee and can never be taken up.
 */
@Entity
@Table(name = "membership_invitation")
public class Invitation {

    /** Where an invitation stands. Open ones may also have passed their expiry date. */
    public enum Status { OPEN, JOINED, DECLINED, REFUSED, WITHDRAWN, EXPIRED }

    @Id
    private UUID id;

    @Column(name = "organisation_id")
    private UUID organisationId;

    @Column(name = "invitee_username")
    private String inviteeUsername;

    @Column(name = "invitee_user_id")
    private @Nullable UUID inviteeUserId;

    @Column(name = "needs_approval")
    private boolean needsApproval;

    @Enumerated(EnumType.STRING)
    private Status status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "membership_invitation_role", joinColumns = @JoinColumn(name = "invitation_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** Null when Cylch itself invited (the demo county). */
    @Column(name = "invited_by")
    private @Nullable UUID invitedBy;

    @Column(name = "invited_at")
    private Instant invitedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private @Nullable Instant acceptedAt;

    @Column(name = "approved_by")
    private @Nullable UUID approvedBy;

    @Column(name = "approved_at")
    private @Nullable Instant approvedAt;

    @Column(name = "closed_by")
    private @Nullable UUID closedBy;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    /** Null until first saved, which tells Spring Data the entity is new. */
    @Version
    private @Nullable Long version;

    protected Invitation() {
        // for JPA
    }

    @SuppressFBWarnings(value = "CT_CONSTRUCTOR_THROW",
            justification = "An entity cannot be final (Hibernate subclasses it); no untrusted code runs in Cylch to"
                    + " subclass it and catch a half-made instance")
    Invitation(UUID organisationId, String inviteeUsername, @Nullable UUID inviteeUserId, boolean needsApproval,
               Set<Role> roles, @Nullable UUID invitedBy, Instant now, Instant expiresAt) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("An invitation offers at least one role");
        }
        this.id = UUID.randomUUID();
        this.organisationId = organisationId;
        this.inviteeUsername = UserAccount.canonicalUsername(inviteeUsername);
        this.inviteeUserId = inviteeUserId;
        this.needsApproval = needsApproval;
        this.status = Status.OPEN;
        this.roles.addAll(roles);
        this.invitedBy = invitedBy;
        this.invitedAt = now;
        this.expiresAt = expiresAt;
    }

    boolean isOpenAt(Instant now) {
        return status == Status.OPEN && now.isBefore(expiresAt);
    }

    boolean isAccepted() {
        return acceptedAt != null;
    }

    boolean isApproved() {
        return approvedAt != null;
    }

    /** Both sides have said yes: the account may join. */
    boolean readyToJoin() {
        return isAccepted() && (!needsApproval || isApproved());
    }

    void accept(Instant now) {
        requireOpen(now);
        acceptedAt = now;
    }

    void approve(UUID by, Instant now) {
        requireOpen(now);
        if (!needsApproval || !isAccepted()) {
            throw new IllegalStateException("Only an accepted invitation that needs approval can be approved");
        }
        approvedBy = by;
        approvedAt = now;
    }

    void joined(Instant now) {
        close(Status.JOINED, inviteeUserId, now);
    }

    void decline(Instant now) {
        close(Status.DECLINED, inviteeUserId, now);
    }

    void refuse(UUID by, Instant now) {
        close(Status.REFUSED, by, now);
    }

    void withdraw(UUID by, Instant now) {
        close(Status.WITHDRAWN, by, now);
    }

    /** Marks an open invitation past its date as expired, so a new one may be sent. */
    void expire(Instant now) {
        if (status == Status.OPEN && !now.isBefore(expiresAt)) {
            status = Status.EXPIRED;
            closedAt = now;
        }
    }

    private void close(Status outcome, @Nullable UUID by, Instant now) {
        requireOpen(now);
        status = outcome;
        closedBy = by;
        closedAt = now;
    }

    private void requireOpen(Instant now) {
        if (!isOpenAt(now)) {
            throw new IllegalStateException("The invitation is no longer open");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String inviteeUsername() {
        return inviteeUsername;
    }

    @Nullable UUID inviteeUserId() {
        return inviteeUserId;
    }

    public boolean needsApproval() {
        return needsApproval;
    }

    /** What the invitation is waiting for, as the inviting organisation may know it. */
    public Status status() {
        return status;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Instant invitedAt() {
        return invitedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public @Nullable Instant acceptedAt() {
        return acceptedAt;
    }
}
