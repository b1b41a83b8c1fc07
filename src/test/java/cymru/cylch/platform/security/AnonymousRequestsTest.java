package cymru.cylch.platform.security;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.WebSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Someone who is not signed in makes no session row, whatever they open or send, while the sign-in form keeps
 * its CSRF protection (a token bound to a cookie) and signing in still returns them to the page they wanted.
 */
@CylchIntegrationTest
class AnonymousRequestsTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anonymousRequestsMakeNoSessionRow() {
        var user = fixture.user(DEMO_COUNCIL, Role.COMMISSIONER);
        int before = sessions();
        WebSession visitor = new WebSession(port);

        assertThat(visitor.get("/sign-in").statusCode()).isEqualTo(200);
        assertThat(visitor.get("/sign-in?signedOut").statusCode()).isEqualTo(200);
        assertThat(visitor.get("/sign-in?lang=cy").statusCode()).isEqualTo(200);
        assertThat(visitor.download("/css/cylch.css").statusCode()).isEqualTo(200);
        assertThat(visitor.download("/favicon.svg").statusCode()).isEqualTo(200);
        assertThat(visitor.get("/public/questionnaires/no-such-link").statusCode()).isIn(404, 410);
        assertThat(WebSession.redirectsTo(visitor.get("/people?q=jones"), "/sign-in")).isTrue();
        assertThat(WebSession.redirectsTo(visitor.get("/no/such/page"), "/sign-in")).isTrue();
        visitor.get("/error");
        assertThat(new ApiClient(port).get("/api/v1/me", null).statusCode()).isEqualTo(401);
        assertThat(visitor.postRaw("/sign-in", Map.of("username", user.username(), "password", PASSWORD))
                .statusCode()).as("no CSRF token").isEqualTo(403);
        visitor.get("/sign-in");
        assertThat(WebSession.redirectsTo(visitor.post("/sign-in", Map.of("username", user.username(),
                "password", "Not-the-password-1")), "/sign-in?error")).isTrue();
        assertThat(visitor.get("/sign-in?error").body()).contains("govuk-error-summary");

        assertThat(sessions()).as("session rows after anonymous requests").isEqualTo(before);
        assertThat(visitor.sessionCookie()).isEmpty();
    }

    @Test
    void theSignInFormNeedsTheTokenOfItsOwnCookie() {
        var user = fixture.user(DEMO_COUNCIL, Role.COMMISSIONER);
        WebSession attacker = new WebSession(port);
        attacker.get("/sign-in");
        WebSession victim = new WebSession(port);
        victim.get("/favicon.svg");

        // A token from another browser's page is refused: it does not match this browser's cookie (or none).
        var forged = victim.postRaw("/sign-in", Map.of("username", user.username(), "password", PASSWORD,
                "_csrf", tokenOf(attacker)));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(victim.sessionCookie()).isEmpty();
    }

    @Test
    void signingInMakesOneSessionAndReturnsToThePageAskedFor() {
        var user = fixture.user(DEMO_COUNCIL, Role.COMMISSIONER);
        WebSession browser = new WebSession(port);
        assertThat(WebSession.redirectsTo(browser.get("/people?q=jones"), "/sign-in")).isTrue();
        int before = sessions();

        var signedIn = browser.signIn(user.username(), PASSWORD);

        assertThat(WebSession.redirectsTo(signedIn, "/people?q=jones")).isTrue();
        assertThat(browser.sessionCookie()).isNotEmpty();
        assertThat(sessions()).isEqualTo(before + 1);
        // Its id, as the cookie carries it (Base64), has 256 random bits rather than a UUID's 122.
        String sessionId = new String(java.util.Base64.getDecoder().decode(browser.sessionCookie()),
                java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(sessionId).matches("[A-Za-z0-9_-]{43}");
        assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class,
                sessionId)).isEqualTo(1);
        // Later pages carry a token kept in the session, and changes with it are accepted.
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(WebSession.redirectsTo(browser.post("/sign-out", Map.of()), "/sign-in?signedOut")).isTrue();
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void aReturnAddressCannotSendAnyoneToAnotherSite() {
        assertThat(ReturnAddressCookie.safe("/people?q=jones")).isTrue();
        assertThat(ReturnAddressCookie.safe("/")).isTrue();
        assertThat(ReturnAddressCookie.safe("//evil.example/")).isFalse();
        assertThat(ReturnAddressCookie.safe("/\\evil.example/")).isFalse();
        assertThat(ReturnAddressCookie.safe("https://evil.example/")).isFalse();
        assertThat(ReturnAddressCookie.safe("/people\r\nSet-Cookie: x=y")).isFalse();
    }

    private static String tokenOf(WebSession session) {
        var page = session.get("/sign-in").body();
        var matcher = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private int sessions() {
        return jdbc.queryForObject("select count(*) from spring_session", Integer.class);
    }
}
