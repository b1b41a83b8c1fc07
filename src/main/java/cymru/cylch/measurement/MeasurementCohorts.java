package cymru.cylch.measurement;

import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.RecordNotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cohort views of one score across the organisation's people: first and latest score per person, then counts
 * and means per group, in one SQL aggregate over {@code measurement_score} (its cohort index covers it). The
 * groups are the whole organisation, the area the person lived in when measured, or the domain of the outcome
 * the measurement was evidence for. Aggregates only: no one's record is opened.
 */
@Service
@Transactional(readOnly = true)
public class MeasurementCohorts {

    /** What a cohort view is grouped by. */
    public enum Grouping { COUNCIL, AREA, DOMAIN }

    private static final String SQL = """
            with ranked as (
                select person_id, value, %1$s as key,
                       row_number() over (partition by person_id order by administered_on, measurement_id) as from_first,
                       row_number() over (partition by person_id order by administered_on desc, measurement_id desc)
                           as from_latest
                from measurement_score
                where held_by = :heldBy and instrument = :instrument and score = :score and value is not null
            ), per_person as (
                select person_id, max(key) filter (where from_latest = 1) as key, count(*) as times,
                       max(value) filter (where from_first = 1) as first, max(value) filter (where from_latest = 1) as latest
                from ranked group by person_id
            )
            select coalesce(key, '') as key, count(*) as measured, count(*) filter (where times > 1) as repeated,
                   avg(first) filter (where times > 1) as mean_first, avg(latest) filter (where times > 1) as mean_latest,
                   avg(latest - first) filter (where times > 1) as mean_change,
                   count(*) filter (where times > 1 and (latest - first) * :direction > 0) as improved,
                   count(*) filter (where times > 1 and (latest - first) * :direction >= :threshold) as meaningful
            from per_person group by 1 order by 1""";

    private final JdbcClient jdbc;
    private final InstrumentLibrary library;

    MeasurementCohorts(JdbcClient jdbc, InstrumentLibrary library) {
        this.jdbc = jdbc;
        this.library = library;
    }

    public List<CohortRow> of(CylchUser actor, String instrument, String scoreCode, Grouping grouping) {
        ScoreDefinition score = library.scorer(instrument).flatMap(s -> s.definition().score(scoreCode))
                .orElseThrow(() -> new RecordNotFoundException("score", instrument + "/" + scoreCode));
        String key = switch (grouping) {
            case COUNCIL -> "''";
            case AREA -> "area_code";
            case DOMAIN -> "outcome_domain";
        };
        // With no published threshold, "meaningful" cannot be judged: a threshold no change reaches counts none.
        BigDecimal threshold = score.meaningfulChange() == null ? new BigDecimal("1e9") : score.meaningfulChange();
        return jdbc.sql(SQL.formatted(key))
                .param("heldBy", actor.organisationId())
                .param("instrument", instrument)
                .param("score", scoreCode)
                .param("direction", score.lowerIsBetter() ? -1 : 1)
                .param("threshold", threshold)
                .query((rs, n) -> new CohortRow(rs.getString("key"), rs.getLong("measured"), rs.getLong("repeated"),
                        rounded(rs.getBigDecimal("mean_first")), rounded(rs.getBigDecimal("mean_latest")),
                        rounded(rs.getBigDecimal("mean_change")), rs.getLong("improved"), rs.getLong("meaningful")))
                .list();
    }

    private static @Nullable BigDecimal rounded(@Nullable BigDecimal mean) {
        return mean == null ? null : mean.setScale(2, RoundingMode.HALF_UP);
    }
}
