package cymru.cylch.monitoring;

import cymru.cylch.platform.ids.OrganisationId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Measures, their targets and values in the database, under row-level security: the council's own only. */
@Repository
class MeasureStore {

    private static final String MEASURE = """
            select id, held_by, code, name_en, name_cy, quadrant, shape, numerator_en, numerator_cy, denominator_en,
                   denominator_cy, factor, decimals, unit_en, unit_cy, frequency, polarity, source, computation,
                   national, attachment, subject, green_at, amber_at, baseline, baseline_period, baseline_story,
                   created_at, retired_at, version
            from measure""";
    /** Values, each rounded to its measure's decimal places as it was computed (the column keeps four). */
    private static final String VALUE = """
            select v.id, v.measure_id, v.subject, v.period_start, v.numerator, v.denominator, v.value, v.origin,
                   v.corrects, v.reason, v.recorded_at, v.recorded_by, v.return_id, m.decimals
            from measure_value v join measure m on m.id = v.measure_id""";
    /** A value no other value corrects: the period's figure now. */
    private static final String CURRENT = " not exists (select 1 from measure_value c where c.corrects = v.id)";

    private final JdbcClient jdbc;

    MeasureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False if the council has a measure with the code already. */
    boolean insert(Measure m, @Nullable UUID createdBy) {
        return jdbc.sql("""
                        insert into measure (id, held_by, code, name_en, name_cy, quadrant, shape, numerator_en,
                                             numerator_cy, denominator_en, denominator_cy, factor, decimals, unit_en,
                                             unit_cy, frequency, polarity, source, computation, national, attachment,
                                             subject, green_at, amber_at, baseline, baseline_period, baseline_story,
                                             created_at, created_by)
                        values (:id, :heldBy, :code, :nameEn, :nameCy, :quadrant, :shape, :numeratorEn, :numeratorCy,
                                :denominatorEn, :denominatorCy, :factor, :decimals, :unitEn, :unitCy, :frequency,
                                :polarity, :source, :computation, :national, :attachment, :subject, :greenAt,
                                :amberAt, :baseline, :baselinePeriod, :baselineStory, :createdAt, :createdBy)
                        on conflict do nothing""")
                .param("id", m.id().value()).param("heldBy", m.heldBy().value()).param("code", m.code())
                .param("nameEn", m.name().english()).param("nameCy", m.name().welsh())
                .param("quadrant", m.quadrant().name()).param("shape", m.formula().shape().name())
                .param("numeratorEn", m.numerator().english()).param("numeratorCy", m.numerator().welsh())
                .param("denominatorEn", m.denominator() == null ? null : m.denominator().english())
                .param("denominatorCy", m.denominator() == null ? null : m.denominator().welsh())
                .param("factor", m.formula().factor()).param("decimals", m.formula().decimals())
                .param("unitEn", m.unit().english()).param("unitCy", m.unit().welsh())
                .param("frequency", m.frequency().name()).param("polarity", m.polarity().name())
                .param("source", m.source().name())
                .param("computation", m.computation() == null ? null : m.computation().name())
                .param("national", m.national()).param("attachment", m.attachment().name())
                .param("subject", m.subject())
                .param("greenAt", m.bands().greenAt()).param("amberAt", m.bands().amberAt())
                .param("baseline", m.baseline())
                .param("baselinePeriod", m.baselinePeriod() == null ? null : Date.valueOf(m.baselinePeriod().start()))
                .param("baselineStory", m.baselineStory())
                .param("createdAt", Timestamp.from(m.createdAt())).param("createdBy", createdBy)
                .update() == 1;
    }

    Optional<Measure> find(MeasureId id) {
        return jdbc.sql(MEASURE + " where id = ?").param(id.value()).query(MeasureStore::measure).optional();
    }

    /** The council's measures, retired ones included, by quadrant then English name. */
    List<Measure> ofCouncil(OrganisationId council) {
        return jdbc.sql(MEASURE + " where held_by = ? order by quadrant, name_en, id").param(council.value())
                .query(MeasureStore::measure).list();
    }

    /**
     * The returned measures about providers that the provider reports: row-level security shows a provider only those
     * of councils it supplies, about all providers or itself; the filter says the same for anyone else.
     */
    List<Measure> returnedBy(OrganisationId provider) {
        return jdbc.sql(MEASURE + " where source = 'RETURNED' and attachment = 'PROVIDER' and retired_at is null"
                        + " and (subject is null or subject = ?) order by held_by, frequency, quadrant, name_en, id")
                .param(provider.value().toString()).query(MeasureStore::measure).list();
    }

    /**
     * The measures about providers still collected that concern the provider: row-level security shows a provider
     * only those of councils it supplies, about all providers or itself; the filter says the same for anyone else.
     */
    List<Measure> about(OrganisationId provider) {
        return jdbc.sql(MEASURE + " where attachment = 'PROVIDER' and retired_at is null"
                        + " and (subject is null or subject = ?) order by held_by, quadrant, name_en, id")
                .param(provider.value().toString()).query(MeasureStore::measure).list();
    }

    /** Every council's measures still collected (for the scheduled computation, in system scope). */
    List<Measure> computedInUse() {
        return jdbc.sql(MEASURE + " where source = 'COMPUTED' and retired_at is null order by held_by, id")
                .query(MeasureStore::measure).list();
    }

    /** False if the measure changed meanwhile. */
    boolean setBaseline(MeasureId id, int version, @Nullable BigDecimal baseline, @Nullable LocalDate period,
                        @Nullable String story) {
        return jdbc.sql("""
                        update measure set baseline = ?, baseline_period = ?, baseline_story = ?,
                                           version = version + 1
                        where id = ? and version = ?""")
                .params(baseline, period == null ? null : Date.valueOf(period), story, id.value(), version)
                .update() == 1;
    }

    /** False if the measure changed meanwhile. */
    boolean retire(MeasureId id, int version, Instant when) {
        return jdbc.sql("""
                        update measure set retired_at = ?, version = version + 1
                        where id = ? and version = ? and retired_at is null""")
                .params(Timestamp.from(when), id.value(), version).update() == 1;
    }

    void insertTarget(OrganisationId council, MeasureTarget t) {
        jdbc.sql("""
                        insert into measure_target (id, held_by, measure_id, subject, from_period, target, reason,
                                                    recorded_at, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), council.value(), t.measure().value(), t.subject(),
                        Date.valueOf(t.fromPeriod()), t.target(), t.reason(), Timestamp.from(t.recordedAt()),
                        t.recordedBy())
                .update();
    }

    /** Every target recorded for the measure, oldest first. */
    List<MeasureTarget> targets(MeasureId measure) {
        return jdbc.sql("""
                        select measure_id, subject, from_period, target, reason, recorded_at, recorded_by
                        from measure_target where measure_id = ? order by from_period, recorded_at""")
                .param(measure.value())
                .query((rs, n) -> new MeasureTarget(MeasureId.of(rs.getObject("measure_id", UUID.class)),
                        rs.getString("subject"), rs.getDate("from_period").toLocalDate(), rs.getBigDecimal("target"),
                        rs.getString("reason"), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getObject("recorded_by", UUID.class)))
                .list();
    }

    /**
     * False if the period has a value already (for a first value) or the value corrected was corrected meanwhile
     * (for a correction): the unique indexes decide, so two at once cannot both land.
     */
    boolean insertValue(OrganisationId council, MeasureValue v) {
        return jdbc.sql("""
                        insert into measure_value (id, held_by, measure_id, subject, period_start, numerator,
                                                   denominator, value, origin, corrects, reason, recorded_at,
                                                   recorded_by, return_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(v.id(), council.value(), v.measure().value(), v.subject(), Date.valueOf(v.periodStart()),
                        v.figures().numerator(), v.figures().denominator(), v.value(), v.origin().name(),
                        v.corrects(), v.reason(), Timestamp.from(v.recordedAt()), v.recordedBy(), v.returnId())
                .update() == 1;
    }

    /** Every value recorded for the subject, corrections included, by period then as recorded. */
    List<MeasureValue> history(MeasureId measure, String subject) {
        return jdbc.sql(VALUE + " where v.measure_id = ? and v.subject = ? order by v.period_start, v.recorded_at, v.id")
                .params(measure.value(), subject).query(MeasureStore::value).list();
    }

    /** Every value recorded for every subject of the measure, corrections included, by subject, period, recording. */
    List<MeasureValue> history(MeasureId measure) {
        return jdbc.sql(VALUE + " where v.measure_id = ? order by v.subject, v.period_start, v.recorded_at, v.id")
                .param(measure.value()).query(MeasureStore::value).list();
    }

    /** The current value of each subject's periods between the two starts, both included. */
    List<MeasureValue> current(MeasureId measure, LocalDate from, LocalDate to) {
        return jdbc.sql(VALUE + " where v.measure_id = ? and v.period_start between ? and ? and" + CURRENT
                        + " order by v.subject, v.period_start")
                .params(measure.value(), Date.valueOf(from), Date.valueOf(to)).query(MeasureStore::value).list();
    }

    /** The current values of the measures' periods from the day on, for the council's overview. */
    List<MeasureValue> currentOf(Collection<MeasureId> measures, LocalDate from) {
        if (measures.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(VALUE + " where v.measure_id = any(?) and v.period_start >= ? and" + CURRENT
                        + " order by v.measure_id, v.subject, v.period_start")
                .params(measures.stream().map(MeasureId::value).toArray(UUID[]::new), Date.valueOf(from))
                .query(MeasureStore::value).list();
    }

    /** The current value of one subject's period, if it has one. */
    Optional<MeasureValue> currentOf(MeasureId measure, String subject, LocalDate period) {
        return jdbc.sql(VALUE + " where v.measure_id = ? and v.subject = ? and v.period_start = ? and" + CURRENT)
                .params(measure.value(), subject, Date.valueOf(period)).query(MeasureStore::value).optional();
    }

    private static Measure measure(ResultSet rs, int row) throws SQLException {
        Shape shape = Shape.valueOf(rs.getString("shape"));
        String denominatorEn = rs.getString("denominator_en");
        String computation = rs.getString("computation");
        Date baselinePeriod = rs.getDate("baseline_period");
        Frequency frequency = Frequency.valueOf(rs.getString("frequency"));
        Timestamp retired = rs.getTimestamp("retired_at");
        return new Measure(MeasureId.of(rs.getObject("id", UUID.class)),
                OrganisationId.of(rs.getObject("held_by", UUID.class)), rs.getString("code"),
                new MeasureText(rs.getString("name_en"), rs.getString("name_cy")),
                Quadrant.valueOf(rs.getString("quadrant")),
                new MeasureFormula(shape, rs.getBigDecimal("factor").stripTrailingZeros(), rs.getInt("decimals")),
                new MeasureText(rs.getString("numerator_en"), rs.getString("numerator_cy")),
                denominatorEn == null ? null : new MeasureText(denominatorEn, rs.getString("denominator_cy")),
                new MeasureText(rs.getString("unit_en"), rs.getString("unit_cy")), frequency,
                Polarity.valueOf(rs.getString("polarity")), MeasureSource.valueOf(rs.getString("source")),
                computation == null ? null : Computation.valueOf(computation), rs.getBoolean("national"),
                Attachment.valueOf(rs.getString("attachment")), rs.getString("subject"),
                new RagBands(rs.getBigDecimal("green_at"), rs.getBigDecimal("amber_at")),
                rs.getBigDecimal("baseline"),
                baselinePeriod == null ? null : new Period(frequency, baselinePeriod.toLocalDate()),
                rs.getString("baseline_story"), rs.getTimestamp("created_at").toInstant(),
                retired == null ? null : retired.toInstant(), rs.getInt("version"));
    }

    private static MeasureValue value(ResultSet rs, int row) throws SQLException {
        BigDecimal value = rs.getBigDecimal("value");
        return new MeasureValue(rs.getObject("id", UUID.class), MeasureId.of(rs.getObject("measure_id", UUID.class)),
                rs.getString("subject"), rs.getDate("period_start").toLocalDate(),
                new Figures(rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator")),
                value == null ? null : value.setScale(rs.getInt("decimals"), RoundingMode.HALF_UP),
                MeasureSource.valueOf(rs.getString("origin")),
                rs.getObject("corrects", UUID.class), rs.getString("reason"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getObject("recorded_by", UUID.class),
                rs.getObject("return_id", UUID.class));
    }
}
