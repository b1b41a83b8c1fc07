package cymru.cylch.platform.security;

import cymru.cylch.platform.security.RateLimits.Kind;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the rate limits before anything else is done for a request (before sessions and sign-in are looked
 * at): sign-in attempts and pages per client address, API requests per API token or, without one, per address.
 * Over a limit the answer is 429 with {@code Retry-After}, through the error page: a plain page in the user's
 * language, or an RFC 9457 problem for API callers.
 *
 * <p>The client address is {@link HttpServletRequest#getRemoteAddr()}, as the container gives it after applying
 * {@code server.forward-headers-strategy} (only a trusted proxy's {@code X-Forwarded-For} counts); this filter
 * never reads forwarding headers itself. API tokens are named by their SHA-256 digest, never the secret. Static
 * files and health probes are not limited.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);
    private static final List<String> UNLIMITED = List.of("/css/", "/js/", "/webjars/", "/assets/", "/actuator/",
            "/favicon.");

    private final RateLimits limits;

    RateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return UNLIMITED.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = path(request);
        String address = request.getRemoteAddr();
        Optional<Duration> wait;
        Kind kind;
        if (path.equals("/api") || path.startsWith("/api/")) {
            if (ApiTokenFilter.hasBearerToken(request)) {
                kind = Kind.API_TOKEN;
                wait = limits.take(kind, Secrets.digest(request.getHeader("Authorization").substring(7).strip()));
            } else {
                kind = Kind.API_ADDRESS;
                wait = limits.take(kind, address);
            }
        } else {
            kind = Kind.PAGES;
            wait = limits.take(kind, address);
            if (wait.isEmpty() && path.equals("/sign-in") && "POST".equals(request.getMethod())) {
                kind = Kind.SIGN_IN;
                wait = limits.take(kind, address);
            }
        }
        if (wait.isPresent()) {
            log.info("Rate limit reached: {} from {} ({} a minute); retry after {} s", kind, address,
                    limits.perMinute(kind), wait.get().toSeconds());
            response.setHeader("Retry-After", Long.toString(wait.get().toSeconds()));
            response.sendError(429);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
