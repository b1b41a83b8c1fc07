package cymru.cylch.monitoring;

import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts raised when a value turns a recent period red (the latest ended period or the one before): a first value that
 * is red, or a correction from another rating to red. Older periods raise none: an alert is for what needs attention
 * now, and loading or correcting history should not bury it. Once per measure, subject and period (a period that goes
 * red, green and red again raises one alert). They stay open on the council's monitoring pages until a commissioner
 * acknowledges them.
 */
@Service
@Transactional
public class MeasureAlerts {

    private final JdbcClient jdbc;
    private final MonitoringStaff staff;
    private final AuditLog audit;
    private final Today today;

    MeasureAlerts(JdbcClient jdbc, MonitoringStaff staff, AuditLog audit, Today today) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.audit = audit;
        this.today = today;
    }

    /** Raises an alert if the value turns its period red. */
    void onRecorded(Measure measure, MeasureValue value, @Nullable MeasureValue before, List<MeasureTarget> targets) {
        Period recent = Period.containing(measure.frequency(), today.date()).plus(-2);
        if (value.periodStart().isBefore(recent.start())) {
            return;
        }
        var target = TargetsInForce.at(targets, value.subject(), value.periodStart());
        if (measure.bands().rate(value.value(), target, measure.polarity()) != Rag.RED) {
            return;
        }
        if (before != null && measure.bands().rate(before.value(), target, measure.polarity()) == Rag.RED) {
            return;
        }
        jdbc.sql("""
                        insert into measure_alert (id, held_by, measure_id, subject, period_start, value_id, raised_at)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(UUID.randomUUID(), measure.heldBy().value(), measure.id().value(), value.subject(),
                        Date.valueOf(value.periodStart()), value.id(), Timestamp.from(today.now()))
                .update();
    }

    /** The council's alerts not yet acknowledged, latest first. */
    @Transactional(readOnly = true)
    public List<MeasureAlert> open(CylchUser reader) {
        OrganisationId council = staff.reader(reader);
        return jdbc.sql("""
                        select id, measure_id, subject, period_start, raised_at, acknowledged_at from measure_alert
                        where held_by = ? and acknowledged_at is null order by raised_at desc, period_start desc""")
                .param(council.value())
                .query((rs, n) -> new MeasureAlert(rs.getObject("id", UUID.class),
                        MeasureId.of(rs.getObject("measure_id", UUID.class)), rs.getString("subject"),
                        rs.getDate("period_start").toLocalDate(), rs.getTimestamp("raised_at").toInstant(), null))
                .list();
    }

    /** Marks the alert as seen; acknowledging one twice changes nothing. */
    public void acknowledge(CylchUser actor, UUID alertId) {
        OrganisationId council = staff.commissioner(actor, "acknowledge alerts");
        int found = jdbc.sql("select count(*) from measure_alert where id = ? and held_by = ?")
                .params(alertId, council.value()).query(Integer.class).single();
        if (found == 0) {
            audit.recordRefusal("measure alert", alertId);
            throw new RecordNotFoundException("measure alert", alertId);
        }
        int changed = jdbc.sql("""
                        update measure_alert set acknowledged_at = ?, acknowledged_by = ?
                        where id = ? and acknowledged_at is null""")
                .params(Timestamp.from(today.now()), actor.userId(), alertId).update();
        if (changed == 1) {
            audit.record(AuditAction.CHANGED, "measure alert", alertId, "acknowledged");
        }
    }
}
