package cymru.cylch.platform.events;

import cymru.cylch.platform.database.SystemScope;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the event tables from growing for ever: completed publications and handled-event claims older than the
 * retention ({@code CYLCH_EVENTS_RETENTION}, 30 days) go. A claim is kept while any publication still incomplete
 * is older than it could be for: a claim is made after its event was published, so one made before the oldest
 * incomplete publication cannot belong to it, and a redelivered event is still acted on once. Incomplete
 * publications older than the retention are logged, for someone to look at.
 */
@Component
class EventHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(EventHousekeeping.class);

    private final CompletedEventPublications completed;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;

    EventHousekeeping(CompletedEventPublications completed, JdbcClient jdbc,
                      Clock clock, @Value("${cylch.events.retention}") Duration retention) {
        this.completed = completed;
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    /** What one round removed, and how many old publications are still incomplete. */
    record Tidied(int claimsRemoved, int staleIncomplete) {
    }

    @Scheduled(fixedDelayString = "${cylch.events.cleanup-interval}",
            initialDelayString = "${cylch.events.cleanup-interval}")
    void scheduled() {
        tidy();
    }

    Tidied tidy() {
        return SystemScope.call(() -> {
            Instant cutoff = clock.instant().minus(retention);
            completed.deletePublicationsOlderThan(retention);
            Timestamp oldestIncomplete = jdbc.sql(
                    "select min(publication_date) from event_publication where completion_date is null")
                    .query(Timestamp.class).optional().orElse(null);
            Instant claimsBefore = oldestIncomplete == null || cutoff.isBefore(oldestIncomplete.toInstant())
                    ? cutoff : oldestIncomplete.toInstant();
            int removed = jdbc.sql("delete from event_handled where handled_at < ?")
                    .param(Timestamp.from(claimsBefore)).update();
            int stale = jdbc.sql("""
                            select count(*) from event_publication
                            where completion_date is null and publication_date < ?""")
                    .param(Timestamp.from(cutoff)).query(Integer.class).single();
            if (stale > 0) {
                log.warn("{} event publications have been incomplete for more than {}; their listeners keep "
                        + "failing (see the log) and are retried at each restart", stale, retention);
            }
            return new Tidied(removed, stale);
        });
    }
}
