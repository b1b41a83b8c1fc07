package cymru.cylch.platform.security;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Repeated failures first slow sign-in down, then lock the account. The first {@code freeAttempts} failures
 * cost nothing; each further one makes the next attempt wait twice as long as the last (30 s, 1 min, 2 min ...);
 * at {@code lockAfter} failures the account is locked until an administrator unlocks it.
 */
public record SignInThrottle(int freeAttempts, Duration firstDelay, int lockAfter) {

    public static final SignInThrottle STANDARD = new SignInThrottle(5, Duration.ofSeconds(30), 10);

    public SignInThrottle {
        if (freeAttempts < 1 || lockAfter <= freeAttempts) {
            throw new IllegalArgumentException("lockAfter must exceed freeAttempts, which must be positive");
        }
    }

    /** Whether an attempt may be made now, given the failures so far. */
    public boolean allowsAttempt(int failedAttempts, @Nullable Instant lastFailedAt, @Nullable Instant lockedAt,
                                 Instant now) {
        if (lockedAt != null || failedAttempts >= lockAfter) {
            return false;
        }
        return lastFailedAt == null || !now.isBefore(nextAttemptAllowed(failedAttempts, lastFailedAt));
    }

    public Instant nextAttemptAllowed(int failedAttempts, Instant lastFailedAt) {
        if (failedAttempts < freeAttempts) {
            return lastFailedAt;
        }
        int doublings = Math.min(failedAttempts - freeAttempts, 20);
        return lastFailedAt.plus(firstDelay.multipliedBy(1L << doublings));
    }

    public boolean locksAt(int failedAttempts) {
        return failedAttempts >= lockAfter;
    }
}
