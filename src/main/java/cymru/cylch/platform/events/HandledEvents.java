package cymru.cylch.platform.events;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which listener has handled which event ({@code event_handled}). Claimed inside the listener's own transaction,
 * so it commits with the listener's work or not at all. Two nodes handling the same republished event at once
 * meet on the primary key: the second waits for the first to commit and then finds the row.
 */
@Component
class HandledEvents {

    private final JdbcClient jdbc;
    private final Clock clock;

    HandledEvents(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the event as handled by the listener; false if it already was. */
    boolean firstTime(String listener, String eventKey) {
        return jdbc.sql("""
                        insert into event_handled (listener, event_key, handled_at) values (?, ?, ?)
                        on conflict do nothing""")
                .params(listener, eventKey, Timestamp.from(clock.instant())).update() == 1;
    }
}
