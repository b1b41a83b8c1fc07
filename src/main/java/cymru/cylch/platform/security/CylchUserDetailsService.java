package cymru.cylch.platform.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads a user for password sign-in; they act first for their home organisation (the directory lists it first).
 * Loading claims the sign-in attempt ({@link Credentials#claimAttempt}), so it is counted before the password is checked.
 */
@Component
class CylchUserDetailsService implements UserDetailsService {

    private final AccountDirectory directory;
    private final Credentials credentials;

    CylchUserDetailsService(AccountDirectory directory, Credentials credentials) {
        this.directory = directory;
        this.credentials = credentials;
    }

    /**
     * The user as they stand now, claiming no attempt: for finishing a sign-in whose password was already checked
     * (after the second step). Locked if the throttle allows no attempt now.
     */
    CylchUser signingIn(String username) {
        Account account = account(username);
        var state = credentials.state(account.userId())
                .orElseThrow(() -> new UsernameNotFoundException("No password set"));
        return new CylchUser(account, account.memberships().getFirst().organisationId(), state.passwordHash(),
                !credentials.allowsAttempt(state), state.mustChangePassword());
    }

    private Account account(String username) {
        return directory.findByUsername(username.strip())
                .filter(a -> !a.memberships().isEmpty())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = account(username);
        Membership first = account.memberships().getFirst();
        if (!account.enabled()) {
            // Refused as disabled before any password check; nothing to count.
            var state = credentials.state(account.userId())
                    .orElseThrow(() -> new UsernameNotFoundException("No password set"));
            return new CylchUser(account, first.organisationId(), state.passwordHash(), false,
                    state.mustChangePassword());
        }
        // The attempt is claimed (counted) before Spring Security checks the password; a refused claim makes the
        // account "locked" for this attempt, so the password is not checked at all.
        var claim = credentials.claimAttempt(account.userId())
                .orElseThrow(() -> new UsernameNotFoundException("No password set"));
        return new CylchUser(account, first.organisationId(), claim.state().passwordHash(), !claim.allowed(),
                claim.state().mustChangePassword());
    }
}
