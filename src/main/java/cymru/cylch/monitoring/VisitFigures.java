package cymru.cylch.monitoring;

import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.time.Today;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The computed measures of visits, from providers' call monitoring, for a council's period: one statement over its
 * visits planned in the period (UK time), not replaced, grouped by the subject. A subject with no visits has no entry.
 */
@Component
class VisitFigures {

    private final JdbcClient jdbc;

    VisitFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @SuppressFBWarnings(value = "VA_FORMAT_STRING_USES_NEWLINE",
            justification = "The line breaks are inside an SQL text block, where \\n is right on every platform")
    Map<Subject, Figures> figures(OrganisationId council, Computation computation, Attachment attachment,
                                  Period period) {
        String key = switch (attachment) {
            case PROVIDER -> "v.provider_id::text";
            case CONTRACT -> "v.contract_id::text";
            default -> "''";
        };
        Map<Subject, Figures> figures = new HashMap<>();
        jdbc.sql("""
                        select %1$s subject,
                               count(*) filter (where v.cancelled_by is null and %2$s) on_time,
                               count(*) filter (where v.cancelled_by is distinct from 'PERSON') planned,
                               count(*) filter (where v.actual_start is not null) delivered
                        from visit v
                        where v.held_by = ? and v.replaced_by is null and v.planned_start >= ? and v.planned_start < ?
                        group by 1""".formatted(key, VisitStatus.STARTED_ON_TIME_SQL))
                .params(council.value(), Timestamp.from(period.start().atStartOfDay(Today.ZONE).toInstant()),
                        Timestamp.from(period.end().plusDays(1).atStartOfDay(Today.ZONE).toInstant()))
                .query(rs -> {
                    String subject = rs.getString("subject");
                    long delivered = rs.getLong("delivered");
                    long onTime = rs.getLong("on_time");
                    long planned = rs.getLong("planned");
                    Subject.parse(attachment, subject).ifPresent(s -> {
                        if (computation == Computation.VISITS_DELIVERED) {
                            figures.put(s, Figures.count(delivered));
                        } else if (planned > 0) {
                            figures.put(s, Figures.share(onTime, planned));
                        }
                    });
                });
        return figures;
    }
}
