package cymru.cylch.platform.security;

import cymru.cylch.platform.audit.Actor;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditChannel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of sign-in: a TOTP authenticator app ({@link Totp}) with single-use recovery codes.
 * Required for administrators, finance officers and every provider user ({@link #requiredFor}); offered to
 * everyone else. Wrong codes count as failed sign-ins towards throttling and lockout ({@link SignInThrottle}),
 * with the user's credential row locked while a code is checked, so parallel guesses are counted one by one.
 * API tokens are machine credentials and are not affected.
 */
@Service
public class SecondFactors {

    public static final int RECOVERY_CODES = 10;
    public static final String ISSUER = "Cylch";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Credentials credentials;
    private final SecretSealing sealing;
    private final AccountDirectory directory;
    private final SessionTermination sessions;
    private final AccountAuditing accounts;
    private final Clock clock;

    SecondFactors(JdbcClient jdbc, Credentials credentials, SecretSealing sealing, AccountDirectory directory,
                  SessionTermination sessions, AccountAuditing accounts, Clock clock) {
        this.jdbc = jdbc;
        this.credentials = credentials;
        this.sealing = sealing;
        this.directory = directory;
        this.sessions = sessions;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** What the user's own account page shows. */
    public record Status(boolean enrolled, boolean required, int recoveryCodesLeft) {
    }

    /**
     * A secret offered for enrolment, not yet confirmed: shown to the user (as text and as an {@code otpauth://}
     * address) and kept, sealed, in their session until they type a code from it.
     */
    public record Offer(String secret, String uri, String sealed) {
        /** The secret in groups of four, easier to type into an app by hand. */
        public String grouped() {
            return String.join(" ", secret.split("(?<=\\G.{4})"));
        }
    }

    public enum Check {
        ACCEPTED,
        WRONG,
        /** Too many failures just now: not checked, not counted. */
        THROTTLED,
        /** Wrong, and this failure locked the account. */
        LOCKED
    }

    /** Whether any of the user's memberships makes a second factor compulsory. */
    public static boolean requiredFor(List<Membership> memberships) {
        return memberships.stream().anyMatch(m -> "PROVIDER".equals(m.organisationKind())
                || m.has(Role.ADMINISTRATOR) || m.has(Role.FINANCE_OFFICER) || m.has(Role.TEAM_MANAGER)
                || m.has(Role.PROVIDER_USER));
    }

    /**
     * The fixed secret of a demo user, published in the README so that a tester can add it to any authenticator
     * app: the first 20 bytes of SHA-256("cylch-demo-totp/" + username), in Base32. Demo data only.
     */
    public static String demoSecret(String username) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("cylch-demo-totp/" + username).getBytes(StandardCharsets.UTF_8));
            return Base32.encode(Arrays.copyOf(digest, 20));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(readOnly = true)
    public boolean enrolled(UUID userId) {
        return jdbc.sql("select totp_secret_sealed is not null from credential where user_id = ?").param(userId)
                .query(Boolean.class).optional().orElse(false);
    }

    @Transactional(readOnly = true)
    public Status status(UUID userId, List<Membership> memberships) {
        int left = jdbc.sql("select count(*) from recovery_code where user_id = ? and used_at is null").param(userId)
                .query(Integer.class).single();
        return new Status(enrolled(userId), requiredFor(memberships), left);
    }

    /** A new random secret (160 bits, as RFC 4226 recommends) for the user to add to their app. */
    public Offer offer(UUID userId, String username) {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return offerOf(userId, username, Base32.encode(secret));
    }

    /** The same offer again (a wrong code was typed): from what the session kept. */
    public Offer reopen(UUID userId, String username, String sealed) {
        return offerOf(userId, username, sealing.open(userId, sealed));
    }

    private Offer offerOf(UUID userId, String username, String secret) {
        String label = encode(ISSUER + ":" + username);
        String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new Offer(secret, uri, sealing.seal(userId, secret));
    }

    /**
     * Confirms an offer with a code from the app: stores the secret (sealed) and answers the new recovery codes,
     * to be shown once. Empty when the code does not match (not counted as a failed sign-in: the person has the
     * secret in front of them).
     */
    @Transactional
    public Optional<List<String>> confirm(UUID userId, String sealedOffer, String code) {
        byte[] secret = Base32.decode(sealing.open(userId, sealedOffer));
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant(), Long.MIN_VALUE);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        store(userId, sealedOffer, step.getAsLong());
        accounts.record(actorFor(userId), AuditAction.CHANGED, userId, "second factor set up");
        return Optional.of(newRecoveryCodes(userId));
    }

    /** Demo data only: a demo user's fixed secret ({@link #demoSecret}), enrolled without a code. */
    @Transactional
    public void enrolDemoUser(UUID userId, String username) {
        store(userId, sealing.seal(userId, demoSecret(username)), Long.MIN_VALUE);
    }

    private void store(UUID userId, String sealedSecret, long step) {
        int updated = jdbc.sql("""
                        update credential set totp_secret_sealed = ?, totp_enrolled_at = ?, totp_last_step = ?
                        where user_id = ?""")
                .params(sealedSecret, Timestamp.from(clock.instant()), step == Long.MIN_VALUE ? null : step, userId)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("No credential for the user");
        }
    }

    /**
     * Checks a code from the app, or a recovery code (which is then used up). Refused without checking while the
     * account is throttled; a wrong code counts as a failed sign-in and may lock the account. The credential row
     * stays locked until the caller's transaction ends, so parallel attempts are checked and counted in turn.
     */
    @Transactional
    public Check check(UUID userId, String typed) {
        var row = jdbc.sql("""
                        select password_hash, must_change_password, failed_attempts, last_failed_at, locked_at,
                               totp_secret_sealed, totp_last_step
                        from credential where user_id = ? for update""")
                .param(userId)
                .query((rs, n) -> new Row(new Credentials.CredentialState(rs.getString("password_hash"),
                        rs.getBoolean("must_change_password"), rs.getInt("failed_attempts"),
                        instant(rs.getTimestamp("last_failed_at")), instant(rs.getTimestamp("locked_at"))),
                        rs.getString("totp_secret_sealed"), (Long) rs.getObject("totp_last_step")))
                .optional();
        if (row.isEmpty() || row.get().sealedSecret() == null) {
            return Check.WRONG;
        }
        if (!credentials.allowsAttempt(row.get().state())) {
            return Check.THROTTLED;
        }
        boolean accepted = Totp.looksLikeCode(typed) ? acceptCode(userId, row.get(), typed)
                : acceptRecoveryCode(userId, typed);
        if (accepted) {
            return Check.ACCEPTED;
        }
        Actor actor = actorFor(userId);
        accounts.record(actor, AuditAction.SIGN_IN_FAILED, userId, "wrong second-factor code");
        if (credentials.countFailure(userId)) {
            accounts.record(actor, AuditAction.ACCOUNT_LOCKED, userId, "repeated failures");
            return Check.LOCKED;
        }
        return Check.WRONG;
    }

    private boolean acceptCode(UUID userId, Row row, String typed) {
        String sealed = row.sealedSecret();
        if (sealed == null) {
            return false;
        }
        byte[] secret = Base32.decode(sealing.open(userId, sealed));
        Long lastStep = row.lastStep();
        long last = lastStep == null ? Long.MIN_VALUE : lastStep;
        OptionalLong step = Totp.matchingStep(secret, typed, clock.instant(), last);
        if (step.isEmpty()) {
            return false;
        }
        jdbc.sql("update credential set totp_last_step = ? where user_id = ?").params(step.getAsLong(), userId)
                .update();
        return true;
    }

    private boolean acceptRecoveryCode(UUID userId, String typed) {
        int used = jdbc.sql("""
                        update recovery_code set used_at = ? where user_id = ? and code_digest = ? and used_at is null""")
                .params(Timestamp.from(clock.instant()), userId, Secrets.digest(normaliseRecoveryCode(typed)))
                .update();
        if (used == 1) {
            accounts.record(actorFor(userId), AuditAction.CHANGED, userId, "recovery code used");
        }
        return used == 1;
    }

    /** Replaces all the user's recovery codes with new ones, answered once. */
    @Transactional
    public List<String> regenerateRecoveryCodes(UUID userId) {
        List<String> codes = newRecoveryCodes(userId);
        accounts.record(actorFor(userId), AuditAction.CHANGED, userId, "new recovery codes");
        return codes;
    }

    static final int RECOVERY_CODE_BYTES = 20;

    private List<String> newRecoveryCodes(UUID userId) {
        jdbc.sql("delete from recovery_code where user_id = ?").param(userId).update();
        List<String> codes = new ArrayList<>();
        Timestamp now = Timestamp.from(clock.instant());
        for (int i = 0; i < RECOVERY_CODES; i++) {
            // 160 random bits, as ASVS 5.0 asks of unguessable values (V11.5.1); from 112 bits a plain digest is
            // enough (V6.5.2), so a recovery code is found by its digest, not tried against slow hashes one by one.
            byte[] bytes = new byte[RECOVERY_CODE_BYTES];
            RANDOM.nextBytes(bytes);
            String code = Base32.encode(bytes).toLowerCase(Locale.ROOT);
            jdbc.sql("insert into recovery_code (user_id, code_digest, created_at) values (?, ?, ?)")
                    .params(userId, Secrets.digest(code), now).update();
            codes.add(String.join("-", code.split("(?<=\\G.{4})")));
        }
        return codes;
    }

    /** New recovery codes kept (sealed) in the session between the form and the one page that shows them. */
    public String sealForShowing(UUID userId, List<String> codes) {
        return sealing.seal(userId, String.join(" ", codes));
    }

    public List<String> openForShowing(UUID userId, String sealed) {
        return List.of(sealing.open(userId, sealed).split(" "));
    }

    static String normaliseRecoveryCode(String typed) {
        return typed.replace("-", "").replace(" ", "").strip().toLowerCase(Locale.ROOT);
    }

    /** The user turns their own second factor off; refused (false) when their roles require one. */
    @Transactional
    public boolean turnOff(UUID userId, List<Membership> memberships) {
        if (requiredFor(memberships)) {
            return false;
        }
        remove(userId);
        accounts.record(actorFor(userId), AuditAction.CHANGED, userId, "second factor turned off");
        return true;
    }

    /**
     * An administrator resets a user's second factor (a lost phone): the secret and recovery codes are removed,
     * the user's sessions end everywhere, and a user whose roles require one must set one up at next sign-in.
     * Audited as the acting administrator. The caller decides who may do this (the account's administrators).
     */
    @Transactional
    public void reset(UUID userId) {
        remove(userId);
        accounts.record(AuditAction.CHANGED, userId, "second factor reset");
        directory.findById(userId).ifPresent(account -> sessions.endAllSessionsOf(account.username()));
    }

    private void remove(UUID userId) {
        jdbc.sql("""
                        update credential set totp_secret_sealed = null, totp_enrolled_at = null, totp_last_step = null
                        where user_id = ?""").param(userId).update();
        jdbc.sql("delete from recovery_code where user_id = ?").param(userId).update();
    }

    /** The signed-in user when it is them, else the account acting for its first organisation (mid sign-in). */
    private Actor actorFor(UUID userId) {
        Actor current = CurrentActor.of(SecurityContextHolder.getContext().getAuthentication());
        if (userId.equals(current.userId())) {
            return current;
        }
        return directory.findById(userId)
                .map(a -> new Actor(a.userId(), a.username(), a.memberships().stream().findFirst()
                        .map(Membership::organisationId).orElse(null), AuditChannel.WEB))
                .orElseGet(Actor::system);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Row(Credentials.CredentialState state, @Nullable String sealedSecret, @Nullable Long lastStep) {
    }
}
