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

/**
 * A person who signs in to Cylch. The account belongs to one home organisation, whose administrators alone act on
 * the account as a whole (password, second factor, disabling, unlocking); it may also be a member of other
 * organisations, which it joins by accepting an {@link Invitation}.
 */
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

    @Column(name = "home_organisation_id", updatable = false)
    private UUID homeOrganisationId;

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

    /** A new account, a member of its home organisation with the given roles. */
    UserAccount(UUID id, String username, String displayName, @Nullable String email, UUID homeOrganisationId,
                Set<Role> roles, @Nullable UUID createdBy, Instant now) {
        this.id = id;
        this.homeOrganisationId = homeOrganisationId;
        this.username = canonicalUsername(username);
        this.displayName = displayName.strip();
        this.email = StoredText.of(email);
        this.enabled = true;
        this.stamp = ChangeStamp.created(createdBy, now);
        memberships.add(new MemberRecord(homeOrganisationId, roles, now));
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

    /** Leaves an organisation other than home: an account always belongs to its home organisation. */
    void leave(UUID organisationId, UUID by, Instant now) {
        if (organisationId.equals(homeOrganisationId)) {
            throw new IllegalStateException("An account cannot leave its home organisation");
        }
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

    public UUID homeOrganisationId() {
        return homeOrganisationId;
    }

    public boolean isHomedIn(UUID organisationId) {
        return homeOrganisationId.equals(organisationId);
    }

    /** Every organisation the account belongs to, home first. */
    public List<UUID> organisationIds() {
        List<UUID> ids = new ArrayList<>();
        ids.add(homeOrganisationId);
        memberships.stream().map(MemberRecord::organisationId).filter(o -> !o.equals(homeOrganisationId))
                .sorted().forEach(ids::add);
        return ids;
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
