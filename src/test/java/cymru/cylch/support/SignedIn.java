package cymru.cylch.support;

import cymru.cylch.platform.security.Account;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Membership;
import cymru.cylch.platform.security.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Calls services in a test as a signed-in user would: the user is put in the security context, which is also
 * what scopes the database connection (row-level security). Clear it after each test.
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static CylchUser as(UUID userId, UUID organisationId, Role first, Role... more) {
        return asMemberOf("COUNCIL", userId, organisationId, first, more);
    }

    /** As {@link #as}, for an organisation of the given kind ({@code PROVIDER}, {@code HEALTH_BOARD}, ...). */
    public static CylchUser asMemberOf(String kind, UUID userId, UUID organisationId, Role first, Role... more) {
        var membership = new Membership(organisationId, "Organisation", null, kind, EnumSet.of(first, more));
        var user = CylchUser.of(new Account(userId, "test-" + userId, "Test user", true, List.of(membership)),
                organisationId);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return user;
    }

    public static void clear() {
        SecurityContextHolder.clearContext();
    }
}
