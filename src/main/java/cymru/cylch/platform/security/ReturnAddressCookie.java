package cymru.cylch.platform.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

/**
 * Where to go after signing in, kept in a short-lived cookie rather than a session, so that someone who opens a
 * page before signing in makes no session. Only a page opened with GET is remembered, as a path on this site
 * (never another site: anything that is not a plain path starting with one slash is ignored), and only for ten
 * minutes; signing in uses it once and clears it.
 */
final class ReturnAddressCookie implements RequestCache {

    private static final String NAME = "cylch-return-to";
    private static final Pattern PLAIN_PATH = Pattern.compile("/(?![/\\\\])[\\x21-\\x7e&&[^\\\\]]*");
    private static final int LONGEST = 1000;

    private final boolean secure;

    ReturnAddressCookie(boolean secure) {
        this.secure = secure;
    }

    @Override
    public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        if (safe(path)) {
            write(response, Base64.getUrlEncoder().withoutPadding().encodeToString(
                    path.getBytes(StandardCharsets.UTF_8)), 600);
        }
    }

    @Override
    public @Nullable SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
        return returnPath(request).map(path -> new SimpleSavedRequest(request.getContextPath() + path)).orElse(null);
    }

    /** Nothing is replayed; the cookie is cleared once the page it names is reached again. */
    @Override
    public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (returnPath(request).isPresent() && signedIn != null && signedIn.isAuthenticated()
                && !(signedIn instanceof AnonymousAuthenticationToken)) {
            removeRequest(request, response);
        }
        return null;
    }

    @Override
    public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
        write(response, "", 0);
    }

    private static Optional<String> returnPath(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> NAME.equals(c.getName())).findFirst().flatMap(cookie -> {
            try {
                return Optional.of(new String(Base64.getUrlDecoder().decode(cookie.getValue()),
                        StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }).filter(ReturnAddressCookie::safe);
    }

    static boolean safe(String path) {
        return path.length() <= LONGEST && PLAIN_PATH.matcher(path).matches();
    }

    private void write(HttpServletResponse response, String value, int maxAgeSeconds) {
        response.addHeader("Set-Cookie", ResponseCookie.from(NAME, value).path("/").httpOnly(true).secure(secure)
                .sameSite("Lax").maxAge(maxAgeSeconds).build().toString());
    }
}
