package cymru.cylch.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.support.CylchIntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Old completed publications and claims go; a claim that an incomplete publication may still need stays. */
@CylchIntegrationTest
class EventHousekeepingTest {

    @Autowired
    EventHousekeeping housekeeping;

    @Autowired
    JdbcTemplate jdbc;

    private final String listener = "test-listener-" + UUID.randomUUID();
    private final UUID incomplete = UUID.randomUUID();

    @AfterEach
    void removeTheIncompletePublication() {
        // Left behind, it would be republished when another test starts Cylch on this database.
        SystemScope.run(() -> jdbc.update("delete from event_publication where id = ?", incomplete));
    }

    @Test
    void oldCompletedPublicationsAndClaimsGoRecentOnesStay() {
        UUID old = publication(daysAgo(41), daysAgo(40));
        UUID recent = publication(daysAgo(2), daysAgo(1));
        claim("old", daysAgo(40));
        claim("recent", daysAgo(1));

        housekeeping.tidy();

        assertThat(publicationExists(old)).isFalse();
        assertThat(publicationExists(recent)).isTrue();
        assertThat(claimExists("old")).isFalse();
        assertThat(claimExists("recent")).isTrue();
    }

    @Test
    void aClaimAnIncompletePublicationMayNeedIsKept() {
        SystemScope.run(() -> jdbc.update("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date)
                values (?, ?, 'test.Event', '{}', ?)""", incomplete, listener, daysAgo(50)));
        claim("after-it", daysAgo(45));
        claim("before-it", daysAgo(60));

        var tidied = housekeeping.tidy();

        assertThat(claimExists("after-it")).as("made after the incomplete event was published").isTrue();
        assertThat(claimExists("before-it")).isFalse();
        assertThat(tidied.staleIncomplete()).isPositive();
    }

    private UUID publication(Timestamp published, Timestamp completed) {
        UUID id = UUID.randomUUID();
        SystemScope.run(() -> jdbc.update("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                               completion_date, status)
                values (?, ?, 'test.Event', '{}', ?, ?, 'COMPLETED')""", id, listener, published, completed));
        return id;
    }

    private void claim(String key, Timestamp at) {
        SystemScope.run(() -> jdbc.update("insert into event_handled (listener, event_key, handled_at) values (?, ?, ?)",
                listener, key, at));
    }

    private boolean publicationExists(UUID id) {
        return SystemScope.call(() -> jdbc.queryForObject("select count(*) from event_publication where id = ?",
                Integer.class, id)) == 1;
    }

    private boolean claimExists(String key) {
        return SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from event_handled where listener = ? and event_key = ?", Integer.class, listener,
                key)) == 1;
    }

    private static Timestamp daysAgo(int days) {
        return Timestamp.from(Instant.now().minus(Duration.ofDays(days)));
    }
}
