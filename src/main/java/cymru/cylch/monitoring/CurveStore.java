package cymru.cylch.monitoring;

import cymru.cylch.platform.ids.OrganisationId;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Turn the Curve reports in the database, under row-level security: the council's own only. */
@Repository
class CurveStore {

    private static final String SELECT = """
            select id, measure_id, subject, status, story, partners, what_works, low_cost, off_the_wall, actions,
                   baseline, baseline_period, forecast, created_at, updated_at, published_at, version
            from turn_the_curve_report""";
    private static final TypeReference<List<CurveAction>> ACTIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<CurveReport.ForecastPoint>> FORECAST = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CurveStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** False if the series has a draft already (started meanwhile). */
    boolean insert(OrganisationId council, CurveReport r, @Nullable UUID by) {
        return jdbc.sql("""
                        insert into turn_the_curve_report (id, held_by, measure_id, subject, status, story, partners,
                                                           what_works, low_cost, off_the_wall, actions, created_at,
                                                           created_by, updated_at)
                        values (?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)
                        on conflict do nothing""")
                .params(r.id(), council.value(), r.measure().value(), r.subject(), r.parts().story(),
                        r.parts().partners(), r.parts().whatWorks(), r.parts().lowCost(), r.parts().offTheWall(),
                        json.writeValueAsString(r.parts().actions()), Timestamp.from(r.createdAt()), by,
                        Timestamp.from(r.updatedAt()))
                .update() == 1;
    }

    /** False if the draft changed meanwhile or was published. */
    boolean save(UUID id, int version, CurveParts parts, Instant at) {
        return jdbc.sql("""
                        update turn_the_curve_report set story = ?, partners = ?, what_works = ?, low_cost = ?,
                               off_the_wall = ?, actions = cast(? as jsonb), updated_at = ?, version = version + 1
                        where id = ? and version = ? and status = 'DRAFT'""")
                .params(parts.story(), parts.partners(), parts.whatWorks(), parts.lowCost(), parts.offTheWall(),
                        json.writeValueAsString(parts.actions()), Timestamp.from(at), id, version)
                .update() == 1;
    }

    /** False if the draft changed meanwhile or was published. */
    boolean publish(UUID id, int version, @Nullable BigDecimal baseline, @Nullable LocalDate baselinePeriod,
                    List<CurveReport.ForecastPoint> forecast, Instant at, @Nullable UUID by) {
        return jdbc.sql("""
                        update turn_the_curve_report set status = 'PUBLISHED', baseline = ?, baseline_period = ?,
                               forecast = cast(? as jsonb), published_at = ?, published_by = ?, updated_at = ?,
                               version = version + 1
                        where id = ? and version = ? and status = 'DRAFT'""")
                .params(baseline, baselinePeriod == null ? null : Date.valueOf(baselinePeriod),
                        json.writeValueAsString(forecast), Timestamp.from(at), by, Timestamp.from(at), id, version)
                .update() == 1;
    }

    Optional<CurveReport> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::report).optional();
    }

    /** The series' reports, latest first. */
    List<CurveReport> ofSeries(MeasureId measure, String subject) {
        return jdbc.sql(SELECT + " where measure_id = ? and subject = ? order by created_at desc, id")
                .params(measure.value(), subject).query(this::report).list();
    }

    private CurveReport report(ResultSet rs, int row) throws SQLException {
        Date baselinePeriod = rs.getDate("baseline_period");
        Timestamp published = rs.getTimestamp("published_at");
        String forecast = rs.getString("forecast");
        return new CurveReport(rs.getObject("id", UUID.class), MeasureId.of(rs.getObject("measure_id", UUID.class)),
                rs.getString("subject"), "PUBLISHED".equals(rs.getString("status")),
                new CurveParts(rs.getString("story"), rs.getString("partners"), rs.getString("what_works"),
                        rs.getString("low_cost"), rs.getString("off_the_wall"),
                        json.readValue(rs.getString("actions"), ACTIONS)),
                rs.getBigDecimal("baseline"), baselinePeriod == null ? null : baselinePeriod.toLocalDate(),
                forecast == null ? List.of() : json.readValue(forecast, FORECAST),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                published == null ? null : published.toInstant(), rs.getInt("version"));
    }
}
