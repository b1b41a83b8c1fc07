package cymru.cylch.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final SignInThrottle throttle = SignInThrottle.STANDARD;
    private final Instant failedAt = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void theFirstFailuresCostNothing() {
        for (int failures = 0; failures < 5; failures++) {
            assertThat(throttle.allowsAttempt(failures, failedAt, null, failedAt)).isTrue();
        }
    }

    @Test
    void fromTheFifthFailureEachAttemptWaitsTwiceAsLong() {
        assertThat(throttle.nextAttemptAllowed(5, failedAt)).isEqualTo(failedAt.plusSeconds(30));
        assertThat(throttle.nextAttemptAllowed(6, failedAt)).isEqualTo(failedAt.plusSeconds(60));
        assertThat(throttle.nextAttemptAllowed(9, failedAt)).isEqualTo(failedAt.plus(Duration.ofMinutes(8)));
        assertThat(throttle.allowsAttempt(5, failedAt, null, failedAt.plusSeconds(29))).isFalse();
        assertThat(throttle.allowsAttempt(5, failedAt, null, failedAt.plusSeconds(30))).isTrue();
    }

    @Test
    void theTenthFailureLocksUntilAnAdministratorUnlocks() {
        assertThat(throttle.locksAt(9)).isFalse();
        assertThat(throttle.locksAt(10)).isTrue();
        assertThat(throttle.allowsAttempt(10, failedAt, null, failedAt.plus(Duration.ofDays(365)))).isFalse();
        assertThat(throttle.allowsAttempt(0, null, failedAt, failedAt.plus(Duration.ofDays(365)))).isFalse();
    }

    @Test
    void aThrottleThatWouldNeverLockIsRefused() {
        assertThatThrownBy(() -> new SignInThrottle(5, Duration.ofSeconds(1), 5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
