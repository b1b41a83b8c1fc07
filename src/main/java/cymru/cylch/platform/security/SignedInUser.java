package cymru.cylch.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/** Reads the signed-in user and replaces them in the session when they switch organisation or change password. */
@Component
public class SignedInUser {

    private final HttpSessionSecurityContextRepository contexts;

    SignedInUser(HttpSessionSecurityContextRepository contexts) {
        this.contexts = contexts;
    }

    /** The user of the current request, if one is signed in (by session or API token). */
    public static Optional<CylchUser> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CylchUser user
                ? Optional.of(user) : Optional.empty();
    }

    /** Acts for another of the user's organisations from now on; false if they are not a member of it. */
    public boolean switchOrganisation(UUID organisationId, HttpServletRequest request, HttpServletResponse response) {
        CylchUser user = current().orElseThrow();
        if (user.membershipOf(organisationId).isEmpty()) {
            return false;
        }
        replace(user.actingFor(organisationId), request, response);
        return true;
    }

    public void passwordChanged(HttpServletRequest request, HttpServletResponse response) {
        replace(current().orElseThrow().withPasswordChanged(), request, response);
    }

    private void replace(CylchUser user, HttpServletRequest request, HttpServletResponse response) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
