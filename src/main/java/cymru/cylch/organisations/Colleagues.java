package cymru.cylch.organisations;

import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people a user works alongside in their own organisation, by role: who a person can be allocated to, and
 * whose name to show beside an allocation. Only enabled accounts, and only names; nothing an administrator
 * alone may see.
 */
@Service
@Transactional(readOnly = true)
public class Colleagues {

    private final UserAccounts users;

    Colleagues(UserAccounts users) {
        this.users = users;
    }

    /** A colleague: their user id and the name to show. */
    public record Colleague(UUID userId, String displayName) {
    }

    /** Enabled members of the actor's organisation who hold the role, by name. */
    public List<Colleague> withRole(CylchUser actor, Role role) {
        UUID organisationId = actor.organisationId();
        return users.membersOf(organisationId).stream()
                .filter(u -> u.enabled() && u.rolesIn(organisationId).contains(role))
                .map(u -> new Colleague(u.id(), u.displayName()))
                .sorted(Comparator.comparing(Colleague::displayName))
                .toList();
    }

    /** The name of a member of the actor's organisation, enabled or not (an allocation may outlive an account). */
    public Optional<String> nameOf(CylchUser actor, UUID userId) {
        return users.findById(userId).filter(u -> u.membershipOf(actor.organisationId()).isPresent())
                .map(UserAccount::displayName);
    }
}
