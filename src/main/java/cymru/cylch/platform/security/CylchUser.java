package cymru.cylch.platform.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user, acting for one of their organisations at a time. Authorities are the roles held in
 * that organisation only, so every rule is automatically scoped to it. Kept in the (database) session.
 */
public final class CylchUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID userId;
    private final String username;
    private final String displayName;
    private final List<Membership> memberships;
    private final UUID activeOrganisationId;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;
    private @Nullable String passwordHash;

    CylchUser(Account account, UUID activeOrganisationId, @Nullable String passwordHash, boolean locked,
              boolean mustChangePassword) {
        this.userId = account.userId();
        this.username = account.username();
        this.displayName = account.displayName();
        this.memberships = account.memberships();
        this.activeOrganisationId = activeOrganisationId;
        this.enabled = account.enabled();
        this.passwordHash = passwordHash;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
        if (memberships.stream().noneMatch(m -> m.organisationId().equals(activeOrganisationId))) {
            throw new IllegalArgumentException("Not a member of the organisation to act for");
        }
    }

    /** A user acting for one of their organisations, without credentials (for services and tests). */
    public static CylchUser of(Account account, UUID organisationId) {
        return new CylchUser(account, organisationId, null, false, false);
    }

    public UUID userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public List<Membership> memberships() {
        return memberships;
    }

    /** The organisation the user is acting for now; what they may see follows from it. */
    public Membership organisation() {
        return memberships.stream().filter(m -> m.organisationId().equals(activeOrganisationId)).findFirst()
                .orElseThrow();
    }

    public UUID organisationId() {
        return activeOrganisationId;
    }

    public Set<Role> roles() {
        return organisation().roles();
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Optional<Membership> membershipOf(UUID organisationId) {
        return memberships.stream().filter(m -> m.organisationId().equals(organisationId)).findFirst();
    }

    CylchUser actingFor(UUID organisationId) {
        return new CylchUser(asAccount(), organisationId, null, locked, mustChangePassword);
    }

    CylchUser withPasswordChanged() {
        return new CylchUser(asAccount(), activeOrganisationId, null, locked, false);
    }

    private Account asAccount() {
        return new Account(userId, username, displayName, enabled, memberships);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CylchUser that && userId.equals(that.userId)
                && activeOrganisationId.equals(that.activeOrganisationId);
    }

    @Override
    public int hashCode() {
        return userId.hashCode();
    }

    @Override
    public String toString() {
        return "CylchUser[" + userId + "]";
    }
}
