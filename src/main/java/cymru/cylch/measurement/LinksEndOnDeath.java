package cymru.cylch.measurement;

import cymru.cylch.people.PersonDied;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.events.OrganisationEventListener;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a person's death is recorded, the self-completion links still open for them stop working at once, so
 * nobody answers a questionnaire in their name afterwards. Each link ended is audited in the holding
 * organisation's log as a change made by Cylch.
 */
@Component
class LinksEndOnDeath {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    LinksEndOnDeath(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @OrganisationEventListener
    void on(PersonDied died) {
        Timestamp now = Timestamp.from(clock.instant());
        List<UUID> ended = jdbc.sql("""
                        update self_completion_link set expires_at = :now
                        where person_id = :person and used_at is null and expires_at > :now
                        returning id""")
                .param("now", now).param("person", died.personId().value())
                .query(UUID.class).list();
        if (!ended.isEmpty()) {
            audit.recordEach(AuditAction.CHANGED, "self-completion-link", ended, "ended: the person died");
        }
    }
}
