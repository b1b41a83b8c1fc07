package cymru.cylch.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Remembers which handler method an exception came out of, so that {@link ErrorPages}, which is itself a
 * handler and runs later in a separate dispatch, logs the method that failed rather than itself. Resolves
 * nothing: the exception goes on to the usual resolvers and, if none handles it, to the error page.
 */
@Component
class FailedHandlers implements HandlerExceptionResolver, Ordered {

    static final String ATTRIBUTE = FailedHandlers.class.getName() + ".handler";

    @Override
    public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
                                                   @Nullable Object handler, Exception exception) {
        if (handler instanceof HandlerMethod method) {
            request.setAttribute(ATTRIBUTE, method);
        }
        return null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** The failed handler as {@code Class.method(ParameterTypes)}, if a handler failed. */
    static @Nullable HandlerMethod of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof HandlerMethod method ? method : null;
    }

    static String describe(HandlerMethod method) {
        return method.getBeanType().getSimpleName() + "." + method.getMethod().getName() + "("
                + Arrays.stream(method.getMethod().getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ")) + ")";
    }

    /** Where an exception thrown outside any handler (a filter, say) came from: Cylch's own frame first. */
    static String origin(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StackTraceElement[] frames = root.getStackTrace();
        for (StackTraceElement frame : frames) {
            if (frame.getClassName().startsWith("cymru.cylch.")) {
                return frame.toString();
            }
        }
        return frames.length > 0 ? frames[0].toString() : root.getClass().getName();
    }
}
