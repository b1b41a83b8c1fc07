package cymru.cylch.platform.security;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditEntry;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.SecondFactorCodes;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sign-in with a second factor, over real HTTP: a password alone opens nothing, privileged roles must set one up
 * first, others may, codes and recovery codes work once, wrong codes are throttled, an administrator can reset it.
 */
@CylchIntegrationTest
class SecondFactorSignInTest {

    private static final Pattern RECOVERY_CODE = Pattern.compile("[a-z2-7]{4}(?:-[a-z2-7]{4}){7}");

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void aPasswordAloneOpensNoPageAndNoApiEvenWithTheSessionCookie() {
        var user = fixture.user(DEMO_COUNCIL, Role.COMMISSIONER);
        String secret = enrol(user.id(), user.username());
        WebSession browser = new WebSession(port);

        var afterPassword = browser.signInWithPasswordOnly(user.username(), PASSWORD);

        assertThat(WebSession.redirectsTo(afterPassword, "/sign-in/code")).isTrue();
        String partialSession = browser.sessionCookie();
        for (String page : List.of("/", "/account", "/account/two-factor", "/people", "/audit")) {
            assertThat(WebSession.redirectsTo(browser.get(page), "/sign-in")).as(page).isTrue();
        }
        var api = browser.download("/api/v1/me");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.body()).doesNotContain(user.username());
        assertThat(actions(user.id())).doesNotContain(AuditAction.SIGNED_IN);

        browser.get("/sign-in/code");
        var signedIn = browser.post("/sign-in/code", Map.of("code", nextStepCode(secret)));

        assertThat(WebSession.redirectsTo(signedIn, "/")).isTrue();
        assertThat(browser.sessionCookie()).isNotBlank().isNotEqualTo(partialSession);
        assertThat(browser.get("/").body()).contains("Test " + user.username());
        assertThat(browser.download("/api/v1/me").statusCode()).isEqualTo(200);
        assertThat(actions(user.id())).contains(AuditAction.SIGNED_IN);
        assertThat(jdbc.queryForObject("select last_signed_in_at is not null from credential where user_id = ?",
                Boolean.class, user.id())).isTrue();
    }

    enum Privileged { ADMINISTRATOR, FINANCE_OFFICER, PROVIDER_USER, ANY_ROLE_IN_A_PROVIDER }

    @ParameterizedTest
    @EnumSource(Privileged.class)
    void privilegedUsersMustSetUpASecondFactorBeforeAnythingElse(Privileged kind) {
        var user = switch (kind) {
            case ANY_ROLE_IN_A_PROVIDER -> fixture.user(fixture.organisation(OrganisationKind.PROVIDER, DEMO_COUNCIL),
                    Role.AUDITOR);
            default -> fixture.user(DEMO_COUNCIL, Role.valueOf(kind.name()));
        };
        WebSession browser = new WebSession(port);

        assertThat(WebSession.redirectsTo(browser.signInWithPasswordOnly(user.username(), PASSWORD), "/sign-in/set-up"))
                .isTrue();
        assertThat(WebSession.redirectsTo(browser.get("/"), "/sign-in")).isTrue();
        assertThat(browser.download("/api/v1/me").statusCode()).isEqualTo(401);
        // The code page is not a way round: it serves only someone who has a second factor to check.
        assertThat(WebSession.redirectsTo(browser.get("/sign-in/code"), "/sign-in")).isTrue();

        String page = browser.get("/sign-in/set-up").body();
        String secret = secretOn(page);
        assertThat(page).contains("otpauth://totp/Cylch%3A" + user.username() + "?secret=" + secret.replace(" ", ""));
        var wrong = browser.post("/sign-in/set-up", Map.of("code", "000000".equals(SecondFactorCodes.currentCode(secret))
                ? "111111" : "000000"));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("The code does not match the key");
        assertThat(secretOn(wrong.body())).as("the same key offered again").isEqualTo(secret);

        var confirmed = browser.post("/sign-in/set-up", Map.of("code", SecondFactorCodes.currentCode(secret)));

        assertThat(WebSession.redirectsTo(confirmed, "/account/two-factor/recovery-codes")).isTrue();
        var codesPage = browser.get("/account/two-factor/recovery-codes");
        List<String> codes = RECOVERY_CODE.matcher(codesPage.body()).results().map(r -> r.group()).toList();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(WebSession.redirectsTo(browser.get("/account/two-factor/recovery-codes"), "/account/two-factor"))
                .as("shown once").isTrue();
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(audit.historyOf(user.organisationId(), "user", user.id().toString())).extracting(AuditEntry::action)
                .contains(AuditAction.SIGNED_IN);
        // Stored: the secret sealed, the recovery codes as digests only.
        String stored = jdbc.queryForObject("select totp_secret_sealed from credential where user_id = ?", String.class,
                user.id());
        assertThat(stored).startsWith("v1:").doesNotContain(secret.replace(" ", ""));
        List<String> digests = jdbc.queryForList("select code_digest from recovery_code where user_id = ?",
                String.class, user.id());
        assertThat(digests).hasSize(10).noneMatch(d -> codes.stream().anyMatch(c -> d.contains(c.replace("-", ""))));
    }

    @Test
    void othersAreOfferedASecondFactorOnTheirAccountPageAndMayTurnItOff() {
        var user = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        WebSession browser = new WebSession(port);
        assertThat(WebSession.redirectsTo(browser.signInWithPasswordOnly(user.username(), PASSWORD), "/")).isTrue();
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        assertThat(browser.get("/account/two-factor").body()).contains("Off").contains("No: you can choose");
        String secret = secretOn(browser.get("/account/two-factor/set-up").body());
        String used = SecondFactorCodes.currentCode(secret);
        var confirmed = browser.post("/account/two-factor/set-up", Map.of("code", used));
        assertThat(WebSession.redirectsTo(confirmed, "/account/two-factor/recovery-codes")).isTrue();
        assertThat(RECOVERY_CODE.matcher(browser.get("/account/two-factor/recovery-codes").body()).results().count())
                .isEqualTo(10);
        assertThat(browser.get("/account/two-factor").body()).contains("On").contains("10");

        // From now on a code is asked for at sign-in.
        assertThat(WebSession.redirectsTo(new WebSession(port).signInWithPasswordOnly(user.username(), PASSWORD),
                "/sign-in/code")).isTrue();

        // Turning it off needs a current code; a used one is refused.
        browser.get("/account/two-factor");
        var refused = browser.post("/account/two-factor/turn-off", Map.of("code", used));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("has been used already");
        var off = browser.post("/account/two-factor/turn-off", Map.of("code", nextStepCode(secret)));
        assertThat(WebSession.redirectsTo(off, "/account/two-factor")).isTrue();
        assertThat(WebSession.redirectsTo(new WebSession(port).signInWithPasswordOnly(user.username(), PASSWORD), "/"))
                .isTrue();
        assertThat(audit.historyOf(DEMO_COUNCIL, "user", user.id().toString())).extracting(AuditEntry::reason)
                .contains("second factor set up", "second factor turned off");
    }

    @Test
    void aRequiredSecondFactorCannotBeTurnedOff() {
        var user = fixture.user(DEMO_COUNCIL, Role.FINANCE_OFFICER);
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), PASSWORD);
        browser.get("/account/two-factor");

        var response = browser.post("/account/two-factor/turn-off", Map.of("code",
                SecondFactorCodes.nextCode(user.username())));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("cannot be turned off");
        assertThat(secondFactors.enrolled(user.id())).isTrue();
    }

    @Test
    void aRecoveryCodeSignsInOnceOnly() {
        var user = fixture.user(DEMO_COUNCIL, Role.BROKER);
        enrol(user.id(), user.username());
        List<String> codes = secondFactors.regenerateRecoveryCodes(user.id());

        WebSession first = new WebSession(port);
        first.signInWithPasswordOnly(user.username(), PASSWORD);
        first.get("/sign-in/code");
        assertThat(WebSession.redirectsTo(first.post("/sign-in/code", Map.of("code", codes.get(3).toUpperCase())), "/"))
                .isTrue();
        assertThat(first.get("/").statusCode()).isEqualTo(200);

        WebSession again = new WebSession(port);
        again.signInWithPasswordOnly(user.username(), PASSWORD);
        again.get("/sign-in/code");
        var refused = again.post("/sign-in/code", Map.of("code", codes.get(3)));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("The code is not right");
        assertThat(WebSession.redirectsTo(again.get("/"), "/sign-in")).isTrue();
        assertThat(secondFactors.status(user.id(), List.of()).recoveryCodesLeft()).isEqualTo(9);
    }

    @Test
    void aCodeAlreadyUsedIsRefusedTheSecondTime() {
        var user = fixture.user(DEMO_COUNCIL, Role.COMMISSIONER);
        String secret = enrol(user.id(), user.username());
        long step = Totp.stepAt(java.time.Instant.now()) + 1;
        String code = Totp.code(Base32.decode(secret), step);

        WebSession first = new WebSession(port);
        first.signInWithPasswordOnly(user.username(), PASSWORD);
        first.get("/sign-in/code");
        assertThat(WebSession.redirectsTo(first.post("/sign-in/code", Map.of("code", code)), "/")).isTrue();

        WebSession replay = new WebSession(port);
        replay.signInWithPasswordOnly(user.username(), PASSWORD);
        replay.get("/sign-in/code");
        var refused = replay.post("/sign-in/code", Map.of("code", code));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(WebSession.redirectsTo(replay.get("/"), "/sign-in")).isTrue();
    }

    @Test
    void wrongCodesAreThrottledThenLockTheAccountAndAPasswordDoesNotClearThem() {
        var user = fixture.user(DEMO_COUNCIL, Role.COMMISSIONER);
        String secret = enrol(user.id(), user.username());
        WebSession attacker = new WebSession(port);
        attacker.signInWithPasswordOnly(user.username(), PASSWORD);
        attacker.get("/sign-in/code");
        String wrong = wrongCode(secret);
        // The password step is itself an attempt, counted until the whole sign-in is complete.
        assertThat(failures(user.id())).isEqualTo(1);
        for (int i = 0; i < 3; i++) {
            attacker.post("/sign-in/code", Map.of("code", wrong));
        }
        assertThat(failures(user.id())).isEqualTo(4);
        // The right password again does not wipe the count of wrong codes: it adds to it.
        attacker.signInWithPasswordOnly(user.username(), PASSWORD);
        attacker.get("/sign-in/code");
        assertThat(failures(user.id())).isEqualTo(5);

        // Throttled: even the right code is not checked until the delay has passed, and the refusal is not counted.
        var throttled = attacker.post("/sign-in/code", Map.of("code", SecondFactorCodes.currentCode(secret)));
        assertThat(throttled.body()).contains("too many wrong attempts");
        assertThat(failures(user.id())).isEqualTo(5);

        for (int i = 5; i < 10; i++) {
            jdbc.update("update credential set last_failed_at = now() - interval '1 day' where user_id = ?", user.id());
            attacker.post("/sign-in/code", Map.of("code", wrong));
        }
        assertThat(jdbc.queryForObject("select locked_at is not null from credential where user_id = ?", Boolean.class,
                user.id())).isTrue();
        assertThat(actions(user.id())).contains(AuditAction.ACCOUNT_LOCKED).doesNotContain(AuditAction.SIGNED_IN);
        // Locked: the password no longer even leads to the code page.
        assertThat(WebSession.redirectsTo(new WebSession(port).signInWithPasswordOnly(user.username(), PASSWORD),
                "/sign-in?error")).isTrue();
    }

    @Test
    void parallelWrongCodesAreCountedOneByOne() throws Exception {
        var user = fixture.user(DEMO_COUNCIL, Role.COMMISSIONER);
        String wrong = wrongCode(enrol(user.id(), user.username()));
        List<Callable<SecondFactors.Check>> guesses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            guesses.add(() -> secondFactors.check(user.id(), wrong));
        }
        List<SecondFactors.Check> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (Future<SecondFactors.Check> result : pool.invokeAll(guesses)) {
                results.add(result.get());
            }
        }

        // Five free failures, then the throttle: 35 guesses were never checked.
        assertThat(results).filteredOn(r -> r == SecondFactors.Check.WRONG).hasSize(5);
        assertThat(results).filteredOn(r -> r == SecondFactors.Check.THROTTLED).hasSize(35);
        assertThat(failures(user.id())).isEqualTo(5);
    }

    @Test
    void anAdministratorResetsASecondFactorAuditedAndTheUserMustSetUpAgain() {
        var user = fixture.user(DEMO_COUNCIL, Role.ADMINISTRATOR);
        WebSession victim = new WebSession(port);
        victim.signIn(user.username(), PASSWORD);
        assertThat(victim.get("/").statusCode()).isEqualTo(200);
        var admin = fixture.user(DEMO_COUNCIL, Role.ADMINISTRATOR);
        SignedIn.as(admin.id(), DEMO_COUNCIL, Role.ADMINISTRATOR);

        secondFactors.reset(user.id());

        SignedIn.clear();
        assertThat(secondFactors.enrolled(user.id())).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from recovery_code where user_id = ?", Integer.class, user.id()))
                .isZero();
        assertThat(WebSession.redirectsTo(victim.get("/"), "/sign-in")).as("sessions ended").isTrue();
        assertThat(audit.historyOf(DEMO_COUNCIL, "user", user.id().toString()))
                .anySatisfy(e -> {
                    assertThat(e.reason()).isEqualTo("second factor reset");
                    assertThat(e.actorUserId()).isEqualTo(admin.id());
                });
        assertThat(WebSession.redirectsTo(new WebSession(port).signInWithPasswordOnly(user.username(), PASSWORD),
                "/sign-in/set-up")).isTrue();
    }

    @Test
    void apiTokensNeedNoSecondFactor() {
        var user = fixture.user(DEMO_COUNCIL, Role.COMMISSIONER);
        enrol(user.id(), user.username());
        var response = new cymru.cylch.support.ApiClient(port).get("/api/v1/me", "cylch-demo-token-admin");
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private String enrol(UUID userId, String username) {
        var offer = secondFactors.offer(userId, username);
        assertThat(secondFactors.confirm(userId, offer.sealed(), SecondFactorCodes.currentCode(offer.secret())))
                .isPresent();
        return offer.secret();
    }

    /** The code of the step after now: accepted, and later than the step used to set the factor up. */
    private static String nextStepCode(String secret) {
        return Totp.code(Base32.decode(secret.replace(" ", "")), Totp.stepAt(java.time.Instant.now()) + 1);
    }

    private static String secretOn(String page) {
        var matcher = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<").matcher(page);
        assertThat(matcher.find()).as("the page shows a key").isTrue();
        return matcher.group(1);
    }

    private static String wrongCode(String secret) {
        byte[] key = Base32.decode(secret.replace(" ", ""));
        long now = Totp.stepAt(java.time.Instant.now());
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            boolean valid = false;
            for (long step = now - 2; step <= now + 3; step++) {
                valid |= Totp.code(key, step).equals(code);
            }
            if (!valid) {
                return code;
            }
        }
    }

    private int failures(UUID userId) {
        return jdbc.queryForObject("select failed_attempts from credential where user_id = ?", Integer.class, userId);
    }

    private List<AuditAction> actions(UUID userId) {
        return audit.historyOf(DEMO_COUNCIL, "user", userId.toString()).stream().map(AuditEntry::action).toList();
    }
}
