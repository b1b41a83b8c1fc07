package cymru.cylch.platform.submissions;

import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.SignedInUser;
import cymru.cylch.platform.web.ChangesNothing;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every state-changing page request of a signed-in user (any method but GET, HEAD, OPTIONS and TRACE, outside
 * {@code /api/}) must carry an unused {@link FormTokens form token}, which it spends before the handler runs. A
 * second submission of the same form is not acted on: it is sent to a page saying so, with links to where the
 * first one led and back to the form's page. A missing, forged or expired token goes to a page asking the user to
 * open the form again. A handler marked {@link ChangesNothing} is exempt. Anonymous pages (the public
 * self-completion questionnaire) are each guarded by their own single-use secret instead; sign-in and sign-out
 * are handled by Spring Security's filters and never reach here.
 */
final class FormTokenInterceptor implements HandlerInterceptor {

    static final String ALREADY_SENT = "/forms/already-sent";
    static final String NOT_SENT = "/forms/not-sent";

    private static final String SPENT = FormTokenInterceptor.class.getName() + ".spent";
    private static final Set<String> READ_ONLY = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final FormTokens tokens;

    FormTokenInterceptor(FormTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (request.getDispatcherType() != DispatcherType.REQUEST || READ_ONLY.contains(request.getMethod())
                || !(handler instanceof HandlerMethod method) || changesNothing(method)) {
            return true;
        }
        var user = SignedInUser.current();
        if (user.isEmpty()) {
            return true;
        }
        var spending = tokens.spend(request.getParameter(FormTokens.FIELD), user.map(CylchUser::userId).get());
        return switch (spending) {
            case FormTokens.Spending.Fresh fresh -> {
                request.setAttribute(SPENT, fresh.tokenId());
                yield true;
            }
            case FormTokens.Spending.AlreadySent sent -> {
                redirect(request, response, ALREADY_SENT, sent.resultLocation());
                yield false;
            }
            case FormTokens.Spending.Unusable unusable -> {
                redirect(request, response, NOT_SENT, null);
                yield false;
            }
        };
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                @Nullable Exception failure) {
        if (!(request.getAttribute(SPENT) instanceof String tokenId)) {
            return;
        }
        if (failure != null || response.getStatus() >= 500) {
            // Nothing was made (the handler's transaction rolled back), so sending the form again must work.
            tokens.release(tokenId);
            return;
        }
        String location = localPath(response.getHeader(HttpHeaders.LOCATION), request);
        if (response.getStatus() >= 300 && response.getStatus() < 400 && location != null) {
            tokens.recordResult(tokenId, location);
        }
    }

    private static boolean changesNothing(HandlerMethod method) {
        return method.hasMethodAnnotation(ChangesNothing.class)
                || method.getBeanType().isAnnotationPresent(ChangesNothing.class);
    }

    /** 303, so the browser follows with a GET and a refresh of the page does not send anything again. */
    @SuppressFBWarnings(value = "UNVALIDATED_REDIRECT", justification = "The page is one of Cylch's own constant"
            + " paths; what the user came from travels only as a query parameter, checked to be a local path")
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String page,
                                 @Nullable String result) {
        var query = new StringJoiner("&", "?", "").setEmptyValue("");
        if (result != null) {
            query.add("result=" + URLEncoder.encode(result, StandardCharsets.UTF_8));
        }
        String back = localPath(request.getHeader(HttpHeaders.REFERER), request);
        if (back != null) {
            query.add("back=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + page + query);
    }

    /**
     * The path (and query and fragment) of a URL in Cylch itself, without the context path; null for anything
     * else, so a link made from it can never lead to another site.
     */
    static @Nullable String localPath(@Nullable String url, HttpServletRequest request) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(url);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return null;
            }
            String path = uri.getRawPath();
            String context = request.getContextPath();
            if (path == null || !path.startsWith(context + "/")) {
                return null;
            }
            String local = path.substring(context.length());
            if (local.startsWith("//") || local.contains("\\")) {
                return null;
            }
            return local + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
