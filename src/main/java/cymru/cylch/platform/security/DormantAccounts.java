package cymru.cylch.platform.security;

import cymru.cylch.platform.database.SystemScope;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Disables accounts nobody has signed in to for a while ({@code CYLCH_DORMANT_AFTER}, 90 days by default), counted
 * from the last sign-in, or from creation for an account never used, or from the last time this check disabled it
 * (so an account an administrator enables again gets a fresh period). Runs daily on every node; a PostgreSQL
 * advisory lock held for the transaction lets one node do the work while the others skip, and the work is
 * idempotent, so a second run finds nothing to do. The disabling, its audit entries (in each of the account's
 * organisations, on the system channel) and the end of its sessions belong to the module that owns accounts,
 * through {@link AccountDirectory#disableDormant}.
 */
@Service
public final class DormantAccounts {

    private static final Logger log = LoggerFactory.getLogger(DormantAccounts.class);
    /** An arbitrary, fixed key for {@code pg_try_advisory_xact_lock}: "cylch-dormant" in ASCII, as a number. */
    static final long LOCK_KEY = 0x63796c63682d646fL;

    private final JdbcClient jdbc;
    private final AccountDirectory directory;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration after;

    DormantAccounts(JdbcClient jdbc, AccountDirectory directory, PlatformTransactionManager transactionManager,
                    Clock clock, @Value("${cylch.security.dormant-after}") Duration after) {
        if (after.isNegative() || after.isZero()) {
            throw new IllegalStateException("CYLCH_DORMANT_AFTER must be a positive period");
        }
        this.jdbc = jdbc;
        this.directory = directory;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.after = after;
    }

    /** When the check disabled an account, and since when it had not been used. */
    public record Dormancy(Instant disabledAt, Instant unusedSince) {
    }

    @Scheduled(cron = "${cylch.security.dormant-check}", zone = "Europe/London")
    void daily() {
        int disabled = SystemScope.call(this::disableDormant);
        if (disabled > 0) {
            log.info("Disabled {} dormant accounts (no sign-in for {})", disabled, after);
        }
    }

    /** Disables every dormant account that is still enabled; answers how many. Zero if another node is at it. */
    int disableDormant() {
        Integer done = transactions.execute(status -> {
            boolean ours = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK_KEY).query(Boolean.class)
                    .single();
            if (!ours) {
                return 0;
            }
            Instant now = clock.instant();
            var candidates = jdbc.sql("""
                            select user_id, coalesce(last_signed_in_at, created_at) as unused_since from credential
                            where greatest(created_at, last_signed_in_at, dormant_disabled_at) < ?""")
                    .param(Timestamp.from(now.minus(after)))
                    .query((rs, n) -> new Candidate(rs.getObject("user_id", UUID.class),
                            rs.getTimestamp("unused_since").toInstant()))
                    .list();
            int disabled = 0;
            for (Candidate candidate : candidates) {
                if (directory.disableDormant(candidate.userId(), candidate.unusedSince())) {
                    jdbc.sql("update credential set dormant_disabled_at = ? where user_id = ?")
                            .params(Timestamp.from(now), candidate.userId()).update();
                    disabled++;
                }
            }
            return disabled;
        });
        return done == null ? 0 : done;
    }

    /** If this check disabled the account (and it has not been used since), when and since when it was unused. */
    public Optional<Dormancy> dormancy(UUID userId) {
        return jdbc.sql("""
                        select dormant_disabled_at, coalesce(last_signed_in_at, created_at) as unused_since
                        from credential where user_id = ? and dormant_disabled_at is not null
                          and (last_signed_in_at is null or last_signed_in_at < dormant_disabled_at)""")
                .param(userId)
                .query((rs, n) -> new Dormancy(rs.getTimestamp("dormant_disabled_at").toInstant(),
                        rs.getTimestamp("unused_since").toInstant()))
                .optional();
    }

    private record Candidate(UUID userId, Instant unusedSince) {
    }
}
