package cymru.cylch.platform.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads a user for password sign-in; they act first for their home organisation (the directory lists it first). */
@Component
class CylchUserDetailsService implements UserDetailsService {

    private final AccountDirectory directory;
    private final Credentials credentials;

    CylchUserDetailsService(AccountDirectory directory, Credentials credentials) {
        this.directory = directory;
        this.credentials = credentials;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = directory.findByUsername(username.strip())
                .filter(a -> !a.memberships().isEmpty())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        var state = credentials.state(account.userId())
                .orElseThrow(() -> new UsernameNotFoundException("No password set"));
        Membership first = account.memberships().getFirst();
        return new CylchUser(account, first.organisationId(), state.passwordHash(), !credentials.allowsAttempt(state),
                state.mustChangePassword());
    }
}
