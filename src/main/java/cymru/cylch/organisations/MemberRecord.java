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
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A user's membership of one organisation with the roles held there. Part of the {@link UserAccount} aggregate. */
@Entity
@Table(name = "membership")
class MemberRecord {

    @Id
    private UUID id;

    @Column(name = "organisation_id")
    private UUID organisationId;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "membership_role", joinColumns = @JoinColumn(name = "membership_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected MemberRecord() {
        // for JPA
    }

    @SuppressFBWarnings(value = "CT_CONSTRUCTOR_THROW",
            justification = "An entity cannot be final (Hibernate subclasses it); no untrusted code runs in Cylch to"
                    + " subclass it and catch a half-made instance")
    MemberRecord(UUID organisationId, Set<Role> roles, Instant now) {
        this.id = UUID.randomUUID();
        this.organisationId = organisationId;
        this.createdAt = now;
        setRoles(roles);
    }

    UUID organisationId() {
        return organisationId;
    }

    Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    void setRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("A member holds at least one role");
        }
        roles.clear();
        roles.addAll(newRoles);
    }
}
