package cymru.cylch.platform.security;

import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for machine clients (a provider's care system, a finance system). A token acts for the user who
 * made it, in one of their organisations, with the roles chosen when it was made that the user still holds
 * there. The secret is shown once; only its SHA-256 digest is kept (it is random, so a slow hash adds nothing).
 */
@Service
public class ApiTokens {

    public static final Duration LONGEST_VALIDITY = Duration.ofDays(365);
    public static final String DEMO_PREFIX = "cylch-demo-token-";
    private static final String PREFIX = "cylch_";

    private final JdbcClient jdbc;
    private final AccountDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, AccountDirectory directory, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token as its owner sees it in the list: never the secret. */
    public record ApiTokenSummary(UUID id, String name, UUID organisationId, Set<Role> roles, Instant createdAt,
                                  Instant expiresAt, @Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {
        public boolean usable(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    /** A new token; {@code secret} is shown to the user once and never again. */
    public record IssuedToken(UUID id, String secret, Instant expiresAt) {
    }

    @Transactional
    public IssuedToken issue(CylchUser user, String name, Set<Role> roles, Duration validity) {
        if (validity.isNegative() || validity.isZero() || validity.compareTo(LONGEST_VALIDITY) > 0) {
            throw new IllegalArgumentException("validity must be between 1 day and 365 days");
        }
        if (roles.isEmpty() || !user.roles().containsAll(roles)) {
            throw new IllegalArgumentException("a token may carry only roles its user holds");
        }
        String secret = Secrets.newSecret(PREFIX);
        return store(user.userId(), user.organisationId(), name, roles, secret, clock.instant().plus(validity));
    }

    /** Demo mode only: a token with a known value, so that the README can list one per demo user. */
    @Transactional
    public void issueDemoToken(UUID userId, UUID organisationId, Set<Role> roles, String secret) {
        if (!secret.startsWith(DEMO_PREFIX)) {
            throw new IllegalArgumentException("Fixed tokens are for demo data only");
        }
        store(userId, organisationId, "Demo token", roles, secret, clock.instant().plus(LONGEST_VALIDITY));
    }

    private IssuedToken store(UUID userId, UUID organisationId, String name, Set<Role> roles, String secret,
                              Instant expiresAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into api_token (id, user_id, organisation_id, name, token_digest, roles, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, userId, organisationId, name.strip(), digest(secret), encode(roles),
                        Timestamp.from(clock.instant()), Timestamp.from(expiresAt))
                .update();
        audit.record(AuditAction.CREATED, "api-token", id);
        return new IssuedToken(id, secret, expiresAt);
    }

    @Transactional(readOnly = true)
    public List<ApiTokenSummary> tokensOf(UUID userId) {
        return jdbc.sql("""
                        select id, name, organisation_id, roles, created_at, expires_at, revoked_at, last_used_at
                        from api_token where user_id = ? order by created_at desc""")
                .param(userId)
                .query((rs, n) -> new ApiTokenSummary(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getObject("organisation_id", UUID.class), decode(rs.getString("roles")),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                        instant(rs.getTimestamp("revoked_at")), instant(rs.getTimestamp("last_used_at"))))
                .list();
    }

    /** Revokes one of the user's own tokens; answers false if there is no such token of theirs. */
    @Transactional
    public boolean revoke(UUID userId, UUID tokenId) {
        int changed = jdbc.sql("update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), tokenId, userId).update();
        if (changed == 1) {
            audit.record(AuditAction.CHANGED, "api-token", tokenId, "revoked");
        }
        return changed == 1;
    }

    /** Finds who a presented secret acts for, if it is current and its user still enabled and a member. */
    @Transactional
    Optional<ApiTokenAuthentication> authenticate(String secret) {
        Instant now = clock.instant();
        var row = jdbc.sql("""
                        select id, user_id, organisation_id, roles from api_token
                        where token_digest = ? and revoked_at is null and expires_at > ?""")
                .params(digest(secret), Timestamp.from(now))
                .query((rs, n) -> new TokenRow(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                        rs.getObject("organisation_id", UUID.class), decode(rs.getString("roles"))))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        TokenRow token = row.get();
        var account = directory.findById(token.userId()).filter(Account::enabled);
        var membership = account.flatMap(a -> a.memberships().stream()
                .filter(m -> m.organisationId().equals(token.organisationId())).findFirst());
        if (membership.isEmpty()) {
            return Optional.empty();
        }
        Account scoped = new Account(account.get().userId(), account.get().username(), account.get().displayName(),
                true, List.of(membership.get().restrictedTo(token.roles())));
        var authentication = new ApiTokenAuthentication(new CylchUser(scoped, token.organisationId(), null, false,
                false), token.id());
        jdbc.sql("update api_token set last_used_at = ? where id = ?").params(Timestamp.from(now), token.id()).update();
        audit.record(CurrentActor.of(authentication), AuditAction.API_TOKEN_USED, "api-token", token.id().toString(),
                null);
        return Optional.of(authentication);
    }

    private record TokenRow(UUID id, UUID userId, UUID organisationId, Set<Role> roles) {
    }

    static String digest(String secret) {
        return Secrets.digest(secret);
    }

    private static String encode(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<Role> decode(String roles) {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(set::add);
        return set;
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
