package cymru.cylch.platform.security;

import cymru.cylch.platform.audit.AuditAction;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sign-in in two steps. A right password alone signs no one in when a second factor is set up or required: the
 * session then holds only a pending sign-in (no authentication, so no page or API call is allowed) and the person
 * is sent to type a code ({@code /sign-in/code}) or, when their roles require a second factor they have not set
 * up, to set one up first ({@code /sign-in/set-up}). Only then are they signed in, with a new session id, the
 * sign-in audited, their failure count cleared and the time of sign-in recorded (for dormant accounts).
 */
@Component
public class SignInCompletion implements AuthenticationSuccessHandler {

    public static final String CODE_PATH = "/sign-in/code";
    public static final String SET_UP_PATH = "/sign-in/set-up";
    /** How long the second step may take after the password. */
    static final Duration PENDING_FOR = Duration.ofMinutes(10);
    private static final String PENDING = SignInCompletion.class.getName() + ".PENDING";

    private final SecondFactors secondFactors;
    private final CylchUserDetailsService users;
    private final Credentials credentials;
    private final HttpSessionSecurityContextRepository contexts;
    private final AccountAuditing accounts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SavedRequestAwareAuthenticationSuccessHandler onward = new SavedRequestAwareAuthenticationSuccessHandler();

    SignInCompletion(SecondFactors secondFactors, CylchUserDetailsService users, Credentials credentials,
                     HttpSessionSecurityContextRepository contexts, AccountAuditing accounts, JdbcClient jdbc, Clock clock,
                     @Value("${server.servlet.session.cookie.secure}") boolean secureCookies) {
        this.secondFactors = secondFactors;
        this.users = users;
        this.credentials = credentials;
        this.contexts = contexts;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
        onward.setDefaultTargetUrl("/");
        // The page first asked for is remembered in a cookie, not a session (see SecurityConfiguration).
        onward.setRequestCache(new ReturnAddressCookie(secureCookies));
    }

    /** Someone who has given the right password and has the second step still to do. */
    public record Pending(UUID userId, String username, Instant passwordAt, boolean mustSetUp,
                          @Nullable String sealedOffer) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        public Pending withOffer(String sealed) {
            return new Pending(userId, username, passwordAt, mustSetUp, sealed);
        }
    }

    /** The password was right (Spring Security's form sign-in calls this). */
    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        if (!(authentication.getPrincipal() instanceof CylchUser user)) {
            throw new IllegalStateException("Signed in without a Cylch user");
        }
        boolean enrolled = secondFactors.enrolled(user.userId());
        boolean required = SecondFactors.requiredFor(user.memberships());
        if (!enrolled && !required) {
            signedIn(user, request);
            onward.onAuthenticationSuccess(request, response, SecurityContextHolder.getContext().getAuthentication());
            return;
        }
        // Undo what the form sign-in stored: until the second step, the session authenticates no one.
        SecurityContextHolder.clearContext();
        contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
        request.getSession().setAttribute(PENDING, new Pending(user.userId(), user.getUsername(), clock.instant(),
                !enrolled, null));
        sendToSecondStep(request, response, enrolled ? CODE_PATH : SET_UP_PATH);
    }

    @SuppressFBWarnings(value = "UNVALIDATED_REDIRECT",
            justification = "The target is one of two constant paths of Cylch's own, under its context path")
    private static void sendToSecondStep(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        response.sendRedirect(request.getContextPath() + path);
    }

    /** The pending sign-in of this session, if it is recent enough. */
    public Optional<Pending> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
            return Optional.empty();
        }
        if (pending.passwordAt().plus(PENDING_FOR).isBefore(clock.instant())) {
            session.removeAttribute(PENDING);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    public void keep(HttpServletRequest request, Pending pending) {
        request.getSession().setAttribute(PENDING, pending);
    }

    public void abandon(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
    }

    /**
     * The second step is done: signs the person in for real, with a new session id. False (and the pending
     * sign-in dropped) if the account was disabled, locked or removed meanwhile.
     */
    public boolean complete(Pending pending, HttpServletRequest request, HttpServletResponse response) {
        abandon(request);
        credentials.recordSuccess(pending.userId());
        CylchUser user;
        try {
            user = users.signingIn(pending.username());
        } catch (UsernameNotFoundException gone) {
            return false;
        }
        if (!user.isEnabled() || !user.isAccountNonLocked() || !user.userId().equals(pending.userId())) {
            return false;
        }
        user.eraseCredentials();
        changeSessionId(request);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        signedIn(user, request);
        return true;
    }

    @SuppressFBWarnings(value = "RV_RETURN_VALUE_IGNORED_NO_SIDE_EFFECT",
            justification = "Changing the session id is the side effect (against session fixation); the new id is"
                    + " not needed here")
    private static void changeSessionId(HttpServletRequest request) {
        request.changeSessionId();
    }

    /** Where to go once signed in: the page first asked for, or home. */
    public void proceed(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        onward.onAuthenticationSuccess(request, response, SecurityContextHolder.getContext().getAuthentication());
    }

    private void signedIn(CylchUser user, HttpServletRequest request) {
        credentials.recordSuccess(user.userId());
        jdbc.sql("update credential set last_signed_in_at = ? where user_id = ?")
                .params(Timestamp.from(clock.instant()), user.userId()).update();
        accounts.record(CurrentActor.of(SecurityContextHolder.getContext().getAuthentication()), AuditAction.SIGNED_IN,
                user.userId(), null);
    }
}
