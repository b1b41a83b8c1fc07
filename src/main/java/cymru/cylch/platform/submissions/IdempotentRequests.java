package cymru.cylch.platform.submissions;

import cymru.cylch.platform.database.SystemScope;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The store behind {@link IdempotencyKeyFilter}: one row per caller and key, claimed by an insert that commits at
 * once (so a concurrent request with the same key finds the claim), then completed with the answer to replay.
 * Each statement runs on its own, outside any transaction of the request's handler.
 */
@Component
class IdempotentRequests {

    /** A claim older than this is taken to be from a node that died while working on it. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration keepFor;

    IdempotentRequests(JdbcClient jdbc, Clock clock, @Value("${cylch.api.idempotency-keys-kept-for}") Duration keepFor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keepFor = keepFor;
    }

    /** What claiming a key found. */
    sealed interface Claim {
        record Claimed() implements Claim {
        }

        record InProgress() implements Claim {
        }

        record OtherRequest() implements Claim {
        }

        record Answered(int status, String headers, byte[] body) implements Claim {
        }
    }

    Claim claim(String caller, String key, UUID organisation, String fingerprint) {
        return claim(caller, key, organisation, fingerprint, true);
    }

    private Claim claim(String caller, String key, UUID organisation, String fingerprint, boolean mayRetry) {
        Instant now = clock.instant();
        // A row past its expiry (not yet cleaned up) no longer counts.
        jdbc.sql("delete from idempotent_request where caller = ? and idempotency_key = ? and expires_at <= ?")
                .params(caller, key, Timestamp.from(now)).update();
        int inserted = jdbc.sql("""
                        insert into idempotent_request (caller, idempotency_key, organisation_id, fingerprint, state,
                                                        started_at, expires_at)
                        values (?, ?, ?, ?, 'IN_PROGRESS', ?, ?)
                        on conflict (caller, idempotency_key) do nothing""")
                .params(caller, key, organisation, fingerprint, Timestamp.from(now), Timestamp.from(now.plus(keepFor)))
                .update();
        if (inserted == 1) {
            return new Claim.Claimed();
        }
        var existing = jdbc.sql("""
                        select fingerprint, state, started_at, response_status, response_headers, response_body
                        from idempotent_request where caller = ? and idempotency_key = ?""")
                .params(caller, key)
                .query((rs, n) -> new Existing(rs.getString("fingerprint"), rs.getString("state"),
                        rs.getTimestamp("started_at").toInstant(), rs.getInt("response_status"),
                        rs.getString("response_headers"), rs.getBytes("response_body")))
                .optional();
        if (existing.isEmpty()) {
            // Released by a failed first request a moment ago: this one may try.
            return mayRetry ? claim(caller, key, organisation, fingerprint, false) : new Claim.InProgress();
        }
        Existing row = existing.get();
        if (!row.fingerprint().equals(fingerprint)) {
            return new Claim.OtherRequest();
        }
        if (row.state().equals("DONE")) {
            return new Claim.Answered(row.status(), row.headers() == null ? "" : row.headers(),
                    row.body() == null ? new byte[0] : row.body());
        }
        if (row.startedAt().isBefore(now.minus(ABANDONED_AFTER))) {
            int taken = jdbc.sql("""
                            update idempotent_request set started_at = ?
                            where caller = ? and idempotency_key = ? and state = 'IN_PROGRESS' and started_at = ?""")
                    .params(Timestamp.from(now), caller, key, Timestamp.from(row.startedAt())).update();
            if (taken == 1) {
                return new Claim.Claimed();
            }
        }
        return new Claim.InProgress();
    }

    void complete(String caller, String key, int status, String headers, byte[] body) {
        jdbc.sql("""
                        update idempotent_request set state = 'DONE', response_status = ?, response_headers = ?,
                                                      response_body = ?
                        where caller = ? and idempotency_key = ?""")
                .params(status, headers, body, caller, key).update();
    }

    /** The request failed on the server and changed nothing: the key may be used again. */
    void release(String caller, String key) {
        jdbc.sql("delete from idempotent_request where caller = ? and idempotency_key = ? and state = 'IN_PROGRESS'")
                .params(caller, key).update();
    }

    /** Stored answers may hold personal data: they go as soon as their key stops counting. */
    @Scheduled(fixedDelayString = "${cylch.forms.cleanup-interval}", initialDelayString = "${cylch.forms.cleanup-interval}")
    int removeExpired() {
        return SystemScope.call(() -> jdbc.sql("delete from idempotent_request where expires_at < ?")
                .param(Timestamp.from(clock.instant())).update());
    }

    private record Existing(String fingerprint, String state, Instant startedAt, int status,
                            @Nullable String headers, byte @Nullable [] body) {
    }
}
