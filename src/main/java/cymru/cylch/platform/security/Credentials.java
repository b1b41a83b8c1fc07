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
 * so throttling and lockout hold across application nodes, and each attempt is claimed (counted, by one
 * conditional update) before its password is checked, so attempts sent in parallel cannot slip past the throttle.
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

    /**
     * Claims one sign-in attempt, before the password (or a second-factor code) is checked: one update that
     * counts the attempt as failed if, and only if, the throttle allows an attempt now. The database evaluates
     * the condition on the row it has locked for the update, so however many attempts arrive together each is
     * decided on the count left by the one before, and each that reaches a password check has been counted
     * first: parallel guesses get no more than the free attempts. {@link #recordSuccess} clears the count if the
     * attempt turns out right. A refused claim counts nothing. One statement, in no longer transaction, so
     * waiting attempts hold a connection only for the moment the row is locked by another.
     *
     * <p>The condition is {@link SignInThrottle#allowsAttempt} written in SQL, with the throttle's own numbers
     * ({@code ParallelSignInTest} checks the two agree).
     *
     * @return empty when the user has no credential; otherwise its password hash, whether it must be changed,
     *         and whether the attempt may go ahead
     */
    Optional<AttemptClaim> claimAttempt(UUID userId) {
        Timestamp now = Timestamp.from(clock.instant());
        var claimed = jdbc.sql("""
                        update credential set failed_attempts = failed_attempts + 1, last_failed_at = :now
                        where user_id = :userId and locked_at is null and failed_attempts < :lockAfter
                        and (failed_attempts < :free or last_failed_at is null
                             or last_failed_at + make_interval(secs => :firstDelaySeconds
                                    * power(2, least(failed_attempts - :free, 20))) <= :now)
                        returning password_hash, must_change_password, failed_attempts - 1 as failed_attempts,
                            null::timestamptz as last_failed_at, locked_at""")
                .param("now", now)
                .param("userId", userId)
                .param("lockAfter", throttle.lockAfter())
                .param("free", throttle.freeAttempts())
                .param("firstDelaySeconds", throttle.firstDelay().toMillis() / 1000.0)
                .query(Credentials::credentialState)
                .optional();
        if (claimed.isPresent()) {
            return Optional.of(new AttemptClaim(claimed.get(), true));
        }
        return state(userId).map(refused -> new AttemptClaim(refused, false));
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
    /**
     * Counts a failure that was not claimed beforehand (a wrong second-factor code, checked with the credential
     * row locked); locks the account when it reaches the limit. Answers true if this failure locked it.
     */
    @Transactional
    boolean countFailure(UUID userId) {
        jdbc.sql("update credential set failed_attempts = failed_attempts + 1, last_failed_at = ? where user_id = ?"
                        + " and locked_at is null")
                .params(Timestamp.from(clock.instant()), userId).update();
        return recordFailure(userId);
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

    /** A claim on one sign-in attempt: the credential, and whether the attempt may go ahead. */
    record AttemptClaim(CredentialState state, boolean allowed) {
    }

    record CredentialState(String passwordHash, boolean mustChangePassword, int failedAttempts,
                           @Nullable Instant lastFailedAt, @Nullable Instant lockedAt) {
    }
}
