package cymru.cylch.monitoring;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.platform.ids.OrganisationId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Contract performance assessments and their ratings in the database, under row-level security: a council sees its
 * own, a supplier the published ones of its performance. The database refuses any change to a published one.
 */
@Repository
class AssessmentStore {

    private static final String SELECT = """
            select id, held_by, contract_id, supplier_id, period_start, period_end, status, replaces, created_at,
                   published_at, version
            from contract_assessment""";

    private final JdbcClient jdbc;

    AssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ContractAssessment a, @Nullable UUID by) {
        jdbc.sql("""
                        insert into contract_assessment (id, held_by, contract_id, supplier_id, period_start,
                                                         period_end, status, replaces, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.council().value(), a.contract().value(), a.supplier().value(),
                        Date.valueOf(a.period().start()), Date.valueOf(a.period().end()), a.status().name(),
                        a.replaces(), Timestamp.from(a.createdAt()), by)
                .update();
        insertRatings(a);
    }

    /** Stores a draft's ratings, or publishes it with them; false if it changed meanwhile (or was published). */
    boolean update(ContractAssessment changed, int expectedVersion, @Nullable UUID by) {
        boolean current = jdbc.sql("""
                        update contract_assessment set version = version + 1
                        where id = ? and version = ? and status = 'DRAFT'""")
                .params(changed.id(), expectedVersion).update() == 1;
        if (!current) {
            return false;
        }
        jdbc.sql("delete from contract_assessment_rating where assessment_id = ?").param(changed.id()).update();
        insertRatings(changed);
        if (changed.published()) {
            jdbc.sql("update contract_assessment set status = 'PUBLISHED', published_at = ?, published_by = ? "
                            + "where id = ?")
                    .params(Timestamp.from(Objects.requireNonNull(changed.publishedAt())), by, changed.id())
                    .update();
        }
        return true;
    }

    Optional<ContractAssessment> find(UUID id) {
        return withRatings(jdbc.sql(SELECT + " where id = ?").param(id).query(this::assessment).list()).stream()
                .findFirst();
    }

    /** The council's assessments, latest period first. */
    List<ContractAssessment> ofCouncil(OrganisationId council) {
        return withRatings(jdbc.sql(SELECT + " where held_by = ? order by period_end desc, created_at desc")
                .param(council.value()).query(this::assessment).list());
    }

    /** The published assessments of the supplier's performance (row-level security shows it no draft). */
    List<ContractAssessment> ofSupplier(OrganisationId supplier) {
        return withRatings(jdbc.sql(SELECT + " where supplier_id = ? and status = 'PUBLISHED' "
                        + "order by period_end desc, published_at desc")
                .param(supplier.value()).query(this::assessment).list());
    }

    /** The assessment that corrects the one given, if there is one. */
    Optional<UUID> correctionOf(UUID id) {
        return jdbc.sql("select id from contract_assessment where replaces = ?").param(id).query(UUID.class)
                .optional();
    }

    private void insertRatings(ContractAssessment a) {
        List<KpiRating> ratings = a.ratings();
        for (int i = 0; i < ratings.size(); i++) {
            KpiRating r = ratings.get(i);
            PerformanceRating rating = r.rating();
            LocalDate measuredStart = r.measuredStart();
            jdbc.sql("""
                            insert into contract_assessment_rating (assessment_id, held_by, supplier_id, position,
                                measure_id, name_en, name_cy, unit_en, unit_cy, rating, explanation, note, measured,
                                measured_start)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(a.id(), a.council().value(), a.supplier().value(), i, r.measure().value(),
                            r.name().english(), r.name().welsh(), r.unit().english(), r.unit().welsh(),
                            rating == null ? null : rating.name(), r.explanation(), r.note(), r.measured(),
                            measuredStart == null ? null : Date.valueOf(measuredStart))
                    .update();
        }
    }

    private List<ContractAssessment> withRatings(List<ContractAssessment> found) {
        if (found.isEmpty()) {
            return found;
        }
        Map<UUID, List<KpiRating>> ratings = new HashMap<>();
        jdbc.sql("""
                        select assessment_id, measure_id, name_en, name_cy, unit_en, unit_cy, rating, explanation,
                               note, measured, measured_start
                        from contract_assessment_rating where assessment_id = any(?) order by position""")
                .param(found.stream().map(ContractAssessment::id).toArray(UUID[]::new))
                .query((rs, row) -> {
                    String rating = rs.getString("rating");
                    Date start = rs.getDate("measured_start");
                    ratings.computeIfAbsent(rs.getObject("assessment_id", UUID.class), k -> new ArrayList<>())
                            .add(new KpiRating(MeasureId.of(rs.getObject("measure_id", UUID.class)),
                                    new MeasureText(rs.getString("name_en"), rs.getString("name_cy")),
                                    new MeasureText(rs.getString("unit_en"), rs.getString("unit_cy")),
                                    rating == null ? null : PerformanceRating.valueOf(rating),
                                    rs.getString("explanation"), rs.getString("note"), rs.getBigDecimal("measured"),
                                    start == null ? null : start.toLocalDate()));
                    return row;
                }).list();
        return found.stream().map(a -> new ContractAssessment(a.id(), a.council(), a.contract(), a.supplier(),
                a.period(), a.status(), ratings.getOrDefault(a.id(), List.of()), a.replaces(), a.createdAt(),
                a.publishedAt(), a.version())).toList();
    }

    private ContractAssessment assessment(ResultSet rs, int row) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new ContractAssessment(rs.getObject("id", UUID.class),
                OrganisationId.of(rs.getObject("held_by", UUID.class)),
                ContractId.of(rs.getObject("contract_id", UUID.class)),
                OrganisationId.of(rs.getObject("supplier_id", UUID.class)),
                new AssessmentPeriod(day(rs, "period_start"), day(rs, "period_end")),
                AssessmentStatus.valueOf(rs.getString("status")), List.of(), rs.getObject("replaces", UUID.class),
                rs.getTimestamp("created_at").toInstant(), published == null ? null : published.toInstant(),
                rs.getInt("version"));
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        return rs.getDate(column).toLocalDate();
    }
}
