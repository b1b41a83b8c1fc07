package cymru.cylch.organisations;

import cymru.cylch.platform.security.Account;
import cymru.cylch.platform.security.AccountDirectory;
import cymru.cylch.platform.security.Membership;
import java.util.Comparator;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supplies the platform's sign-in with accounts: memberships home first, then by name; memberships of inactive
 * organisations do not count.
 */
@Component
@Transactional(readOnly = true)
class DirectoryOfAccounts implements AccountDirectory {

    private final UserAccounts users;
    private final Organisations organisations;

    private final DormantAccountDisabling dormancy;

    DirectoryOfAccounts(UserAccounts users, Organisations organisations, DormantAccountDisabling dormancy) {
        this.users = users;
        this.organisations = organisations;
        this.dormancy = dormancy;
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return users.findByUsername(username).map(this::toAccount);
    }

    @Override
    public Optional<Account> findById(UUID userId) {
        return users.findById(userId).map(this::toAccount);
    }

    @Override
    @Transactional
    public boolean disableDormant(UUID userId, Instant unusedSince) {
        return dormancy.disable(userId, unusedSince);
    }

    private Account toAccount(UserAccount user) {
        Map<UUID, Set<cymru.cylch.platform.security.Role>> roles = user.rolesByOrganisation();
        Map<UUID, Organisation> byId = organisations.findByIdIn(roles.keySet()).stream()
                .filter(Organisation::active)
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        var memberships = roles.entrySet().stream()
                .filter(e -> byId.containsKey(e.getKey()))
                .map(e -> {
                    Organisation o = byId.get(e.getKey());
                    return new Membership(o.id(), o.name(), o.welshName(), o.kind().name(), e.getValue());
                })
                .sorted(Comparator.comparing((Membership m) -> !m.organisationId().equals(user.homeOrganisationId()))
                        .thenComparing(Membership::organisationName))
                .toList();
        return new Account(user.id(), user.username(), user.displayName(), user.enabled(), memberships);
    }
}
