package cymru.cylch.organisations;

import cymru.cylch.platform.database.ChangeStamp;
import cymru.cylch.platform.database.StoredText;
import cymru.cylch.platform.security.Role;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A person who signs in to Cylch, with their memberships of one or more organisations. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    private UUID id;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    private @Nullable String email;

    private boolean enabled;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private List<MemberRecord> memberships = new ArrayList<>();

    @Embedded
    private ChangeStamp stamp;

    /** Null until first saved, which tells Spring Data the entity is new (no select before insert). */
    @Version
    private @Nullable Long version;

    protected UserAccount() {
        // for JPA
    }

    UserAccount(UUID id, String username, String displayName, @Nullable String email, @Nullable UUID createdBy,
                Instant now) {
        this.id = id;
        this.username = canonicalUsername(username);
        this.displayName = displayName.strip();
        this.email = StoredText.of(email);
        this.enabled = true;
        this.stamp = ChangeStamp.created(createdBy, now);
    }

    static String canonicalUsername(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    void join(UUID organisationId, Set<Role> roles, Instant now) {
        if (membershipOf(organisationId).isPresent()) {
            throw new IllegalStateException("Already a member");
        }
        memberships.add(new MemberRecord(organisationId, roles, now));
    }

    void changeRoles(UUID organisationId, Set<Role> roles, UUID by, Instant now) {
        membershipOf(organisationId).orElseThrow().setRoles(roles);
        touched(by, now);
    }

    void leave(UUID organisationId, UUID by, Instant now) {
        memberships.removeIf(m -> m.organisationId().equals(organisationId));
        touched(by, now);
    }

    void disable(UUID by, Instant now) {
        enabled = false;
        touched(by, now);
    }

    void enable(UUID by, Instant now) {
        enabled = true;
        touched(by, now);
    }

    void updateDetails(String displayName, @Nullable String email, UUID by, Instant now) {
        this.displayName = displayName.strip();
        this.email = StoredText.of(email);
        touched(by, now);
    }

    private void touched(UUID by, Instant now) {
        stamp = stamp.changed(by, now);
    }

    Optional<MemberRecord> membershipOf(UUID organisationId) {
        return memberships.stream().filter(m -> m.organisationId().equals(organisationId)).findFirst();
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public @Nullable String email() {
        return email;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Roles by organisation id. */
    public Map<UUID, Set<Role>> rolesByOrganisation() {
        return memberships.stream().collect(Collectors.toMap(MemberRecord::organisationId, MemberRecord::roles));
    }

    public Set<Role> rolesIn(UUID organisationId) {
        return membershipOf(organisationId).map(MemberRecord::roles).orElse(Set.of());
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
