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
 * so throttling and lockout hold across application nodes, and each attempt is claimed (and counted) atomically
 * before its password is checked, so attempts sent in parallel cannot slip past the throttle.
 */
@Service
public class Credentials {

    private static final int MAX_CLAIM_TRIES = 50;

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

    /**
     * Claims one sign-in attempt, before the password (or a second-factor code) is checked: the throttle decides
     * from the credential as it is whether an attempt may be made now, and if so the attempt is counted as failed
     * at once, by an update that succeeds only if nobody else's attempt was counted in between (compare and
     * set; on a clash the credential is read again and the throttle asked again). {@link #recordSuccess} clears
     * the count if the attempt turns out right. So however many attempts arrive together, each that reaches a
     * password check has been counted first, and parallel guesses get no more than the free attempts. No
     * connection is held while waiting, so a flood of attempts at one account cannot exhaust the pool. A refused
     * claim counts nothing.
     *
     * @return empty when the user has no credential; otherwise the credential as it was and whether the attempt
     *         may go ahead
     */
    Optional<AttemptClaim> claimAttempt(UUID userId) {
        for (int tries = 0; tries < MAX_CLAIM_TRIES; tries++) {
            var state = state(userId);
            if (state.isEmpty()) {
                return Optional.empty();
            }
            CredentialState seen = state.get();
            if (!allowsAttempt(seen)) {
                return Optional.of(new AttemptClaim(seen, false));
            }
            int claimed = jdbc.sql("""
                            update credential set failed_attempts = failed_attempts + 1, last_failed_at = ?
                            where user_id = ? and locked_at is null and failed_attempts = ?
                            and last_failed_at is not distinct from cast(? as timestamptz)""")
                    .params(Timestamp.from(clock.instant()), userId, seen.failedAttempts(),
                            seen.lastFailedAt() == null ? null : Timestamp.from(seen.lastFailedAt()))
                    .update();
            if (claimed == 1) {
                return Optional.of(new AttemptClaim(seen, true));
            }
        }
        // Attempts at this account are arriving faster than they can be counted: refuse this one.
        return state(userId).map(seen -> new AttemptClaim(seen, false));
    }

    /**
     * A claimed attempt ({@link #claimAttempt}) failed: it is already counted, so this only locks the account
     * when that was the last attempt the throttle allows. Answers true if this failure locked the account.
     */
    @Transactional
    boolean recordFailure(UUID userId) {
        int locked = jdbc.sql("""
                        update credential set locked_at = ? where user_id = ? and locked_at is null
                        and failed_attempts >= ?""")
                .params(Timestamp.from(clock.instant()), userId, throttle.lockAfter()).update();
        return locked == 1;
    }

    /** A claimed attempt succeeded: the failure count starts again. */
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
                .query(Credentials::credentialState)
                .optional();
    }

    private static CredentialState credentialState(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new CredentialState(rs.getString("password_hash"), rs.getBoolean("must_change_password"),
                rs.getInt("failed_attempts"), instant(rs.getTimestamp("last_failed_at")),
                instant(rs.getTimestamp("locked_at")));
    }

    boolean allowsAttempt(CredentialState state) {
        return throttle.allowsAttempt(state.failedAttempts(), state.lastFailedAt(), state.lockedAt(), clock.instant());
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A claim on one sign-in attempt: the credential as it was, and whether the attempt may go ahead. */
    record AttemptClaim(CredentialState state, boolean allowed) {
    }

    record CredentialState(String passwordHash, boolean mustChangePassword, int failedAttempts,
                           @Nullable Instant lastFailedAt, @Nullable Instant lockedAt) {
    }
}
