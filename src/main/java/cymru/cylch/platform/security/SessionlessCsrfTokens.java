package cymru.cylch.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens that never make a session. A signed-in user has a session, and their token is kept in it, as
 * before. Someone without a session (the sign-in page, a self-completion questionnaire, an error page) gets
 * their token in a cookie instead: the double-submit pattern, where a form is accepted only if the token it
 * carries matches the cookie, which another site can neither read nor, with SameSite=Strict, send.
 *
 * <p>The cookie is HttpOnly (pages carry the token in the form or a meta tag; nothing reads the cookie) and,
 * with {@code CYLCH_SECURE_COOKIES=true}, named {@code __Host-cylch-csrf}: browsers then accept it only over
 * HTTPS, from this host, for the whole site, so a sibling subdomain cannot plant one of its own. The token in
 * each page is masked afresh (Spring Security's default request handler), against BREACH.
 *
 * <p>At sign-in the cookie's token is cleared and the new session gets a token of its own.
 */
final class SessionlessCsrfTokens implements CsrfTokenRepository {

    private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

    SessionlessCsrfTokens(boolean secureCookies) {
        cookies.setCookieName(secureCookies ? "__Host-cylch-csrf" : "cylch-csrf");
        cookies.setHeaderName(sessions.generateToken(null).getHeaderName());
        cookies.setParameterName(sessions.generateToken(null).getParameterName());
        cookies.setCookiePath("/");
        cookies.setCookieCustomizer(cookie -> cookie.httpOnly(true).secure(secureCookies).sameSite("Strict"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return sessions.generateToken(request);
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            sessions.saveToken(token, request, response);
        } else {
            cookies.saveToken(token, request, response);
        }
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        return request.getSession(false) != null ? sessions.loadToken(request) : cookies.loadToken(request);
    }
}
