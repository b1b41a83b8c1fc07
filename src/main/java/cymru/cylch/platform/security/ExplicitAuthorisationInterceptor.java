package cymru.cylch.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Deny by default: a Cylch handler that states no {@link PreAuthorize} rule, on the method or its class, is never
 * run. {@code HandlerAuthorisationTest} finds such handlers at build time; this refuses them at run time too.
 */
public class ExplicitAuthorisationInterceptor implements HandlerInterceptor {

    public static boolean hasExplicitRule(HandlerMethod handler) {
        return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
    }

    static boolean isCylchHandler(HandlerMethod handler) {
        return handler.getBeanType().getName().startsWith("cymru.cylch.");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (handler instanceof HandlerMethod method && isCylchHandler(method) && !hasExplicitRule(method)) {
            throw new AccessDeniedException("Handler has no authorisation rule");
        }
        return true;
    }
}
