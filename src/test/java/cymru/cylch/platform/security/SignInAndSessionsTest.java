package cymru.cylch.platform.security;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.TestClock;
import cymru.cylch.support.WebSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sign-in, throttling and lockout, session ids, sign-out and CSRF, over real HTTP against the real server. */
@CylchIntegrationTest
class SignInAndSessionsTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Test
    void aUserSignsInAndGetsANewSessionId() {
        var user = fixture.user(DEMO_COUNCIL, Role.COMMISSIONER);
        WebSession browser = new WebSession(port);
        browser.get("/sign-in");
        String before = browser.sessionCookie();

        var response = browser.signIn(user.username(), PASSWORD);

        assertThat(WebSession.redirectsTo(response, "/")).isTrue();
        assertThat(browser.sessionCookie()).isNotBlank().isNotEqualTo(before);
        assertThat(browser.get("/").body()).contains("Test " + user.username());
        assertThat(audit.historyOf(DEMO_COUNCIL, "user", user.id().toString()))
                .extracting(e -> e.action()).contains(AuditAction.SIGNED_IN);
    }

    @Test
    void aWrongPasswordIsRefusedAndAudited() {
        var user = fixture.user(DEMO_COUNCIL, Role.BROKER);
        WebSession browser = new WebSession(port);

        var response = browser.signIn(user.username(), "Not-the-password-1");

        assertThat(WebSession.redirectsTo(response, "/sign-in?error")).isTrue();
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
        assertThat(audit.historyOf(DEMO_COUNCIL, "user", user.id().toString()))
                .extracting(e -> e.action()).contains(AuditAction.SIGN_IN_FAILED).doesNotContain(AuditAction.SIGNED_IN);
    }

    @Test
    void repeatedFailuresThrottleThenLockTheAccountEvenForTheRightPassword() {
        var user = fixture.user(DEMO_COUNCIL, Role.COMMISSIONER);
        WebSession attacker = new WebSession(port);
        for (int i = 0; i < 5; i++) {
            attacker.signIn(user.username(), "Wrong-password-" + i);
        }

        // Throttled: the sixth attempt, even with the right password, is refused until the delay has passed.
        var throttled = new WebSession(port).signIn(user.username(), PASSWORD);
        assertThat(WebSession.redirectsTo(throttled, "/sign-in?error")).isTrue();

        // Let the delays pass (as if time went by) and keep failing until the lock.
        for (int i = 5; i < 10; i++) {
            jdbc.update("update credential set last_failed_at = now() - interval '1 day' where user_id = ?", user.id());
            attacker.signIn(user.username(), "Wrong-password-" + i);
        }
        jdbc.update("update credential set last_failed_at = now() - interval '1 day' where user_id = ?", user.id());

        var locked = new WebSession(port).signIn(user.username(), PASSWORD);
        assertThat(WebSession.redirectsTo(locked, "/sign-in?error")).isTrue();
        assertThat(jdbc.queryForObject("select locked_at is not null from credential where user_id = ?",
                Boolean.class, user.id())).isTrue();
        assertThat(audit.historyOf(DEMO_COUNCIL, "user", user.id().toString()))
                .extracting(e -> e.action()).contains(AuditAction.ACCOUNT_LOCKED);
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        var user = fixture.user(DEMO_COUNCIL, Role.COMMISSIONER);
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), PASSWORD);
        String session = browser.sessionCookie();
        browser.get("/");
        assertThat(sessionsOf(user.username())).isEqualTo(1);

        var out = browser.post("/sign-out", Map.of());

        assertThat(WebSession.redirectsTo(out, "/sign-in?signedOut")).isTrue();
        assertThat(sessionsOf(user.username())).isZero();
        WebSession replay = new WebSession(port);
        var stolen = replayCookie(replay, session);
        assertThat(stolen.statusCode()).isEqualTo(302);
        assertThat(audit.historyOf(DEMO_COUNCIL, "user", user.id().toString()))
                .extracting(e -> e.action()).contains(AuditAction.SIGNED_OUT);
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsRefused() {
        var user = fixture.user(DEMO_COUNCIL, Role.COMMISSIONER);
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), PASSWORD);

        var response = browser.postRaw("/account/password", Map.of("currentPassword", PASSWORD,
                "newPassword", "A-brand-new-passphrase-7", "confirmPassword", "A-brand-new-passphrase-7"));

        assertThat(response.statusCode()).isEqualTo(403);
        // The password did not change: the old one still signs in.
        assertThat(WebSession.redirectsTo(new WebSession(port).signIn(user.username(), PASSWORD), "/")).isTrue();
    }

    @Test
    void signOutWithoutTheCsrfTokenDoesNotSignOut() {
        var user = fixture.user(DEMO_COUNCIL, Role.COMMISSIONER);
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), PASSWORD);

        assertThat(browser.postRaw("/sign-out", Map.of()).statusCode()).isEqualTo(403);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void aSessionOlderThanTwelveHoursEndsWhateverItsActivity() {
        var user = fixture.user(DEMO_COUNCIL, Role.COMMISSIONER);
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        // Twelve hours and a minute later by Cylch's clock, which judges a session's age; the system's has not moved.
        clock.set(Instant.now().plus(Duration.ofHours(12).plusMinutes(1)));
        try {
            var response = browser.get("/");
            assertThat(WebSession.redirectsTo(response, "/sign-in?expired")).isTrue();
            assertThat(browser.get("/").statusCode()).isEqualTo(302);

            // A sign-in then begins a session of its own, by the same clock: it is not thrown out at once.
            WebSession again = new WebSession(port);
            again.signInWithPasswordOnly(user.username(), PASSWORD);
            assertThat(again.get("/").statusCode()).isEqualTo(200);
        } finally {
            clock.reset();
        }
    }

    @Test
    void aUserGivenAPasswordMustChangeItBeforeAnythingElse() {
        var user = fixture.user(DEMO_COUNCIL, Role.COMMISSIONER);
        jdbc.update("update credential set must_change_password = true where user_id = ?", user.id());
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), PASSWORD);

        assertThat(WebSession.redirectsTo(browser.get("/"), "/account/password")).isTrue();
        browser.get("/account/password");
        var changed = browser.post("/account/password", Map.of("currentPassword", PASSWORD,
                "newPassword", "Fresh-slate-of-words-8", "confirmPassword", "Fresh-slate-of-words-8"));

        assertThat(WebSession.redirectsTo(changed, "/account")).isTrue();
        var home = browser.get("/");
        assertThat(home.statusCode()).as(home.headers().firstValue("Location").orElse("")).isEqualTo(200);
        assertThat(WebSession.redirectsTo(new WebSession(port).signIn(user.username(), "Fresh-slate-of-words-8"),
                "/")).isTrue();
    }

    @Test
    void aCommonPasswordIsRefusedWithASpecificMessage() {
        var user = fixture.user(DEMO_COUNCIL, Role.COMMISSIONER);
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), PASSWORD);
        browser.get("/account/password");

        var response = browser.post("/account/password", Map.of("currentPassword", PASSWORD,
                "newPassword", "Password123456!", "confirmPassword", "Password123456!"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("That password is too common and easy to guess");
    }

    private int sessionsOf(String username) {
        return jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
                username);
    }

    private java.net.http.HttpResponse<String> replayCookie(WebSession unused, String session) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/"))
                    .header("Cookie", "CYLCH_SESSION=" + session).GET().build();
            return java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
