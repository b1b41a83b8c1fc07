package cymru.cylch.measurement;

import cymru.cylch.people.AgreedSupport;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.security.CylchUser;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cohort views of one score across the organisation's people: counts and means per group of each person's first
 * and latest score, in one SQL aggregate over {@code measurement_trajectory} (one row per person and score, kept
 * up to date by the database as scores are appended), so the view costs the number of people, not the number of
 * scores. The groups are the whole organisation, the area the person lived in when last measured, or the domain
 * of the outcome the latest measurement was evidence for, or the providers and contracts of the service agreements
 * working to the person's outcomes (keyed by id). Aggregates only: no one's record is opened.
 */
@Service
@Transactional(readOnly = true)
public class MeasurementCohorts {

    /**
     * What a cohort view is grouped by. By provider and by contract, a person counts for each provider and contract
     * with a service agreement working to any of their outcomes ({@link AgreedSupport}), once each.
     */
    public enum Grouping { COUNCIL, AREA, DOMAIN, PROVIDER, CONTRACT }

    private static final String SQL = """
            select coalesce(%1$s, '') as key, count(*) as measured, count(*) filter (where times > 1) as repeated,
                   avg(first_value) filter (where times > 1) as mean_first,
                   avg(latest_value) filter (where times > 1) as mean_latest,
                   avg(latest_value - first_value) filter (where times > 1) as mean_change,
                   count(*) filter (where times > 1 and (latest_value - first_value) * :direction > 0) as improved,
                   count(*) filter (where times > 1 and (latest_value - first_value) * :direction >= :threshold)
                       as meaningful
            from measurement_trajectory %2$s
            where held_by = :heldBy and instrument = :instrument and score = :score
            group by 1 order by 1""";

    /** The people each provider or contract works with, passed in as arrays (ids need no quoting). */
    private static final String BY_AGREEMENT = """
            join (select distinct w.person_id, w.key
                  from unnest(cast(:workedPeople as uuid[]), cast(:workedKeys as text[])) as w(person_id, key)) w
              on w.person_id = measurement_trajectory.person_id""";

    private final JdbcClient jdbc;
    private final InstrumentLibrary library;
    private final ObjectProvider<AgreedSupport> support;

    MeasurementCohorts(JdbcClient jdbc, InstrumentLibrary library, ObjectProvider<AgreedSupport> support) {
        this.jdbc = jdbc;
        this.library = library;
        this.support = support;
    }

    /** The references of the contracts the organisation's service agreements are under, by contract id. */
    public Map<String, String> contractReferences(CylchUser actor) {
        Map<String, String> references = new HashMap<>();
        worked(actor).forEach(w -> references.put(w.contract().toString(), w.contractReference()));
        return references;
    }

    private List<AgreedSupport.OutcomeWorkedTo> worked(CylchUser actor) {
        AgreedSupport agreed = support.getIfAvailable();
        return agreed == null ? List.of() : agreed.outcomesWorkedTo(OrganisationId.of(actor.organisationId()));
    }

    @SuppressFBWarnings(value = "VA_FORMAT_STRING_USES_NEWLINE",
            justification = "The line breaks are inside an SQL text block, where \\n is right on every platform")
    public List<CohortRow> of(CylchUser actor, String instrument, String scoreCode, Grouping grouping) {
        ScoreDefinition score = library.scorer(actor.organisationId(), instrument).flatMap(s -> s.definition().score(scoreCode))
                .orElseThrow(() -> new RecordNotFoundException("score", instrument + "/" + scoreCode));
        String key = switch (grouping) {
            case COUNCIL -> "''";
            case AREA -> "latest_area_code";
            case DOMAIN -> "latest_outcome_domain";
            case PROVIDER, CONTRACT -> "w.key";
        };
        boolean byAgreement = grouping == Grouping.PROVIDER || grouping == Grouping.CONTRACT;
        List<String> people = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        if (byAgreement) {
            for (AgreedSupport.OutcomeWorkedTo w : worked(actor)) {
                people.add(w.person().toString());
                keys.add(grouping == Grouping.PROVIDER ? w.provider().toString() : w.contract().toString());
            }
        }
        // With no published threshold, "meaningful" cannot be judged: a threshold no change reaches counts none.
        BigDecimal threshold = score.meaningfulChange() == null ? new BigDecimal("1e9") : score.meaningfulChange();
        var query = jdbc.sql(SQL.formatted(key, byAgreement ? BY_AGREEMENT : ""));
        if (byAgreement) {
            query = query.param("workedPeople", "{" + String.join(",", people) + "}")
                    .param("workedKeys", "{" + String.join(",", keys) + "}");
        }
        return query
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

    /**
     * The instrument and score most people in the organisation have been measured on ("instrument/score"), so the
     * cohort view opens on one with data; none if no one has been measured yet. Ties go to the instrument and score
     * first in alphabetical order, so the choice does not change from one visit to the next.
     */
    public Optional<String> mostMeasured(CylchUser actor) {
        return jdbc.sql("""
                        select instrument || '/' || score from measurement_trajectory where held_by = :heldBy
                        group by instrument, score order by count(*) desc, instrument, score limit 1""")
                .param("heldBy", actor.organisationId())
                .query(String.class).optional();
    }

    private static @Nullable BigDecimal rounded(@Nullable BigDecimal mean) {
        return mean == null ? null : mean.setScale(2, RoundingMode.HALF_UP);
    }
}
