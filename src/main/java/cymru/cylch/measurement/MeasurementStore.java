package cymru.cylch.measurement;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Measurements in the database: inserted once with their answers and scores (in batches: one administration
 * or a whole demo county), read back by person.
 */
@Component
class MeasurementStore {

    private static final String INSERT_MEASUREMENT = """
            insert into measurement (id, person_id, held_by, instrument, instrument_version, administered_on, mode,
                                     outcome_id, created_at, created_by, recorded_by_organisation)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_ANSWER =
            "insert into measurement_answer (measurement_id, item, answer) values (?, ?, ?)";
    private static final String INSERT_SCORE = """
            insert into measurement_score (measurement_id, score, value, person_id, held_by, instrument,
                                           administered_on, area_code, outcome_domain)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    MeasurementStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Where a measurement falls for cohort views: the organisation holding the person, the person's area and
     * the linked outcome's domain, as they were when it was taken.
     */
    record Placement(UUID heldBy, @Nullable String areaCode, @Nullable String outcomeDomain) {
    }

    /** A measurement with where it falls. */
    record Placed(Measurement measurement, Placement placement) {
    }

    /**
     * One measurement; {@code recordedBy} is the organisation that recorded it through an access grant, or absent
     * when the holder did.
     */
    void insert(Measurement m, Placement placement, @Nullable UUID by, @Nullable UUID recordedBy) {
        insertAll(List.of(new Placed(m, placement)), by, recordedBy);
    }

    /** Measurements with their answers and scores, in three batched statements. */
    void insertAll(List<Placed> placed, @Nullable UUID by) {
        insertAll(placed, by, null);
    }

    private void insertAll(List<Placed> placed, @Nullable UUID by, @Nullable UUID recordedBy) {
        List<Object[]> measurements = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        List<Object[]> scores = new ArrayList<>();
        for (Placed p : placed) {
            Measurement m = p.measurement();
            Placement where = p.placement();
            measurements.add(new Object[] {m.id(), m.personId(), where.heldBy(), m.instrument(),
                    m.instrumentVersion(), Date.valueOf(m.administeredOn()), m.mode().name(), m.outcomeId(),
                    Timestamp.from(m.recordedAt()), by, recordedBy});
            m.answers().forEach((item, answer) -> answers.add(new Object[] {m.id(), item, answer}));
            m.scores().forEach((score, value) -> scores.add(new Object[] {m.id(), score, value, m.personId(),
                    where.heldBy(), m.instrument(), Date.valueOf(m.administeredOn()), where.areaCode(),
                    where.outcomeDomain()}));
        }
        batch.batchUpdate(INSERT_MEASUREMENT, measurements);
        batch.batchUpdate(INSERT_ANSWER, answers);
        batch.batchUpdate(INSERT_SCORE, scores);
    }

    /** The person's measurements, oldest first, with answers and scores. */
    List<Measurement> ofPerson(UUID personId) {
        Map<UUID, Map<String, @Nullable BigDecimal>> answers = values("""
                select a.measurement_id, a.item as code, a.answer as value from measurement_answer a
                join measurement m on m.id = a.measurement_id where m.person_id = ?""", personId);
        Map<UUID, Map<String, @Nullable BigDecimal>> scores = values("""
                select measurement_id, score as code, value from measurement_score where person_id = ?""", personId);
        return jdbc.sql("""
                        select id, person_id, instrument, instrument_version, administered_on, mode, outcome_id, created_at
                        from measurement where person_id = ? order by administered_on, created_at""")
                .param(personId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Measurement(id, rs.getObject("person_id", UUID.class), rs.getString("instrument"),
                            rs.getString("instrument_version"), rs.getDate("administered_on").toLocalDate(),
                            AdministrationMode.valueOf(rs.getString("mode")), rs.getObject("outcome_id", UUID.class),
                            answers.getOrDefault(id, Map.of()), scores.getOrDefault(id, Map.of()),
                            rs.getTimestamp("created_at").toInstant());
                })
                .list();
    }

    /** The person's measurements another organisation recorded through a grant: the organisation, by measurement. */
    Map<UUID, UUID> recordedElsewhere(UUID personId) {
        Map<UUID, UUID> recorders = new HashMap<>();
        jdbc.sql("""
                        select id, recorded_by_organisation from measurement
                        where person_id = ? and recorded_by_organisation is not null""")
                .param(personId)
                .query(rs -> {
                    recorders.put(rs.getObject("id", UUID.class), rs.getObject("recorded_by_organisation", UUID.class));
                });
        return recorders;
    }

    private Map<UUID, Map<String, @Nullable BigDecimal>> values(String sql, UUID personId) {
        Map<UUID, Map<String, @Nullable BigDecimal>> byMeasurement = new HashMap<>();
        jdbc.sql(sql).param(personId).query(rs -> {
            byMeasurement.computeIfAbsent(rs.getObject("measurement_id", UUID.class), id -> new LinkedHashMap<>())
                    .put(rs.getString("code"), plain(rs.getBigDecimal("value")));
        });
        return byMeasurement;
    }

    /** Without the column's trailing zeros (an answer of 4, not 4.0000); scores are re-scaled by their definition. */
    private static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
