package cymru.cylch.platform.security;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that began more than the absolute limit ago (12 hours), however active it has been;
 * the idle limit (30 minutes) is the session store's own timeout.
 *
 * <p>When a session began is stamped in the session, by Cylch's {@link Clock}, the first time this filter sees it,
 * and compared with the same clock: not the store's creation time, which is the system's, so that a clock set
 * elsewhere (as tests set theirs) never judges a session begun a moment ago as old. The stamp is an attribute, so
 * it survives the new session id that sign-in gives.
 */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

    /** The session attribute holding when the session began, in milliseconds of Cylch's clock. */
    static final String STARTED_AT = AbsoluteSessionTimeoutFilter.class.getName() + ".startedAt";

    private final Duration limit;
    private final Clock clock;

    AbsoluteSessionTimeoutFilter(Duration limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    @SuppressFBWarnings(value = "UNVALIDATED_REDIRECT",
            justification = "The target is a fixed path of Cylch under the application's own context path")
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && clock.millis() - startedAt(session) > limit.toMillis()) {
            session.invalidate();
            if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.sendRedirect(request.getContextPath() + "/sign-in?expired");
                return;
            }
        }
        chain.doFilter(request, response);
        // A session begun by this request (a first page, a sign-in) is stamped now rather than on the next request.
        HttpSession begun = request.getSession(false);
        if (begun != null) {
            startedAt(begun);
        }
    }

    /** When the session began, stamping it now if this is the first time the filter sees it. */
    private long startedAt(HttpSession session) {
        if (session.getAttribute(STARTED_AT) instanceof Long started) {
            return started;
        }
        long now = clock.millis();
        session.setAttribute(STARTED_AT, now);
        return now;
    }
}
