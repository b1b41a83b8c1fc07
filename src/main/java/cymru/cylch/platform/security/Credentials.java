package cymru.cylch.platform.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users' passwords and their sign-in failure counts. Only hashes are stored. Counting is done in the database,
 * so throttling and lockout hold across application nodes.
 */
@Service
public class Credentials {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final SignInThrottle throttle;
    private final Clock clock;

    Credentials(JdbcClient jdbc, PasswordEncoder encoder, PasswordPolicy policy, SignInThrottle throttle, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.policy = policy;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * Sets a user's password (a new user's first one, or an administrator's reset). With {@code mustChange}
     * the user has to choose their own at next sign-in. Clears any lockout.
     *
     * @throws PasswordRejectedException when the password breaks the policy
     */
    @Transactional
    public void setPassword(UUID userId, String username, String password, boolean mustChange) {
        policy.check(password, username).ifPresent(r -> {
            throw new PasswordRejectedException("password.rejected." + r.name());
        });
        jdbc.sql("""
                        insert into credential (user_id, password_hash, must_change_password, password_changed_at)
                        values (:userId, :hash, :mustChange, :now)
                        on conflict (user_id) do update set password_hash = excluded.password_hash,
                            must_change_password = excluded.must_change_password, failed_attempts = 0,
                            last_failed_at = null, locked_at = null, password_changed_at = excluded.password_changed_at
                        """)
                .param("userId", userId)
                .param("hash", encoder.encode(password))
                .param("mustChange", mustChange)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** A user changes their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(UUID userId, String username, String currentPassword, String newPassword) {
        String hash = state(userId).map(CredentialState::passwordHash).orElse(null);
        if (hash == null || !encoder.matches(currentPassword, hash)) {
            throw new PasswordRejectedException("password.rejected.CURRENT_WRONG");
        }
        if (currentPassword.equals(newPassword)) {
            throw new PasswordRejectedException("password.rejected.SAME_AS_CURRENT");
        }
        setPassword(userId, username, newPassword, false);
    }

    public boolean isLocked(UUID userId) {
        return state(userId).map(s -> !throttle.allowsAttempt(s.failedAttempts(), s.lastFailedAt(), s.lockedAt(),
                clock.instant())).orElse(false);
    }

    /** An administrator lifts a lockout or throttle. */
    @Transactional
    public void unlock(UUID userId) {
        jdbc.sql("update credential set failed_attempts = 0, last_failed_at = null, locked_at = null where user_id = ?")
                .param(userId).update();
    }

    /** Counts a failed attempt; answers true if this failure locked the account. */
    @Transactional
    boolean recordFailure(UUID userId) {
        Timestamp now = Timestamp.from(clock.instant());
        Integer failures = jdbc.sql("""
                        update credential set failed_attempts = failed_attempts + 1, last_failed_at = ?
                        where user_id = ? and locked_at is null returning failed_attempts""")
                .params(now, userId).query(Integer.class).optional().orElse(null);
        if (failures != null && throttle.locksAt(failures)) {
            jdbc.sql("update credential set locked_at = ? where user_id = ?").params(now, userId).update();
            return true;
        }
        return false;
    }

    @Transactional
    void recordSuccess(UUID userId) {
        jdbc.sql("update credential set failed_attempts = 0, last_failed_at = null where user_id = ? and failed_attempts > 0")
                .param(userId).update();
    }

    Optional<CredentialState> state(UUID userId) {
        return jdbc.sql("""
                        select password_hash, must_change_password, failed_attempts, last_failed_at, locked_at
                        from credential where user_id = ?""")
                .param(userId)
                .query((rs, n) -> new CredentialState(
                        rs.getString("password_hash"),
                        rs.getBoolean("must_change_password"),
                        rs.getInt("failed_attempts"),
                        instant(rs.getTimestamp("last_failed_at")),
                        instant(rs.getTimestamp("locked_at"))))
                .optional();
    }

    boolean allowsAttempt(CredentialState state) {
        return throttle.allowsAttempt(state.failedAttempts(), state.lastFailedAt(), state.lockedAt(), clock.instant());
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    record CredentialState(String passwordHash, boolean mustChangePassword, int failedAttempts,
                           @Nullable Instant lastFailedAt, @Nullable Instant lockedAt) {
    }
}
