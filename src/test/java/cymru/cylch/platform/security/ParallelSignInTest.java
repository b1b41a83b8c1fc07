package cymru.cylch.platform.security;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.WebSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The attack from the security review: many wrong passwords for one account sent at once. Each attempt must be
 * counted before its password is checked, so the throttle allows exactly its free attempts, however many
 * arrive together.
 */
@CylchIntegrationTest
class ParallelSignInTest {

    private static final int ATTEMPTS = 100;
    /** At once: enough to race (each sender has its attempt in flight with the others), few enough for the pool. */
    private static final int SENDERS = 25;

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Credentials credentials;

    @Test
    void manyWrongPasswordsAtOnceGetNoMoreThanTheFreeAttempts() throws Exception {
        var user = fixture.user(DEMO_COUNCIL, Role.COMMISSIONER);
        List<WebSession> attackers = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            WebSession attacker = new WebSession(port);
            attacker.get("/sign-in");
            attackers.add(attacker);
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        long began;
        try (ExecutorService pool = Executors.newFixedThreadPool(SENDERS)) {
            for (int i = 0; i < ATTEMPTS; i++) {
                WebSession attacker = attackers.get(i);
                String guess = "Wrong-guess-" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return attacker.post("/sign-in", Map.of("username", user.username(), "password", guess))
                            .statusCode();
                }));
            }
            began = System.nanoTime();
            start.countDown();
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(302);
            }
        }
        long millis = (System.nanoTime() - began) / 1_000_000;

        // Every refusal is audited with its reason; a wrong password (BadCredentialsException) means the
        // password was really checked, while a throttled attempt (LockedException) was refused before that.
        int passwordChecks = jdbc.queryForObject("""
                        select count(*) from audit_event where record_id = ? and action = 'SIGN_IN_FAILED'
                        and reason = 'BadCredentialsException'""", Integer.class, user.id().toString());
        int refusedUnchecked = jdbc.queryForObject("""
                        select count(*) from audit_event where record_id = ? and action = 'SIGN_IN_FAILED'
                        and reason = 'LockedException'""", Integer.class, user.id().toString());
        System.out.printf("%d wrong passwords, %d at a time: %d real password checks, %d refused by the throttle,"
                + " %d ms%n", ATTEMPTS, SENDERS, passwordChecks, refusedUnchecked, millis);

        int free = SignInThrottle.STANDARD.freeAttempts();
        assertThat(passwordChecks).isLessThanOrEqualTo(free + 1).isGreaterThanOrEqualTo(1);
        assertThat(passwordChecks + refusedUnchecked).isEqualTo(ATTEMPTS);
        assertThat(jdbc.queryForObject("select failed_attempts from credential where user_id = ?", Integer.class,
                user.id())).isEqualTo(passwordChecks);
        // The account is now throttled: even the right password is refused until the delay has passed.
        assertThat(WebSession.redirectsTo(new WebSession(port).signIn(user.username(), PASSWORD), "/sign-in?error"))
                .isTrue();
    }

    /** The claim's condition is the throttle's rule in SQL: both must say the same for every kind of state. */
    @Test
    void theDatabaseDecidesAsTheThrottleDoes() {
        var user = fixture.user(DEMO_COUNCIL, Role.COMMISSIONER);
        SignInThrottle throttle = SignInThrottle.STANDARD;
        record State(int failures, Long secondsAgo, boolean locked) {
        }
        List<State> states = List.of(new State(0, null, false), new State(3, 0L, false), new State(4, 0L, false),
                new State(5, 0L, false), new State(5, 28L, false), new State(5, 32L, false),
                new State(6, 58L, false), new State(6, 62L, false), new State(9, 478L, false),
                new State(9, 482L, false), new State(10, 86_400L, false), new State(2, 0L, true),
                new State(0, null, true));
        for (State state : states) {
            java.time.Instant now = java.time.Instant.now();
            java.time.Instant lastFailed = state.secondsAgo() == null ? null : now.minusSeconds(state.secondsAgo());
            jdbc.update("update credential set failed_attempts = ?, last_failed_at = ?, locked_at = ? where user_id = ?",
                    state.failures(), lastFailed == null ? null : java.sql.Timestamp.from(lastFailed),
                    state.locked() ? java.sql.Timestamp.from(now) : null, user.id());
            boolean expected = throttle.allowsAttempt(state.failures(), lastFailed, state.locked() ? now : null, now);

            var claim = credentials.claimAttempt(user.id()).orElseThrow();

            assertThat(claim.allowed()).as(state.toString()).isEqualTo(expected);
            assertThat(jdbc.queryForObject("select failed_attempts from credential where user_id = ?", Integer.class,
                    user.id())).as("counted only when allowed: " + state)
                    .isEqualTo(state.failures() + (expected ? 1 : 0));
        }
    }
}
