package cymru.cylch.platform.security;

import cymru.cylch.platform.audit.AuditLog;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.core.AuthenticationException;

/**
 * What happens when access is refused: an audit entry (the path, never the data), then a 403 page for people
 * or a problem response for machines. Unauthenticated API calls get a 401 problem, not a sign-in page.
 */
class RefusedAccess implements AccessDeniedHandler, AuthenticationEntryPoint {

    private final AuditLog audit;
    private final ProblemResponses problems;
    private final boolean api;

    RefusedAccess(AuditLog audit, ProblemResponses problems, boolean api) {
        this.audit = audit;
        this.problems = problems;
        this.api = api;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        audit.recordRefusal("path", request.getMethod() + " " + request.getRequestURI());
        if (api) {
            problems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "problem.forbidden");
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "problem.unauthenticated");
    }
}
