package cymru.cylch.people;

import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import cymru.cylch.platform.ids.OrganisationId;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the commissioner sees: outcome achievement across the organisation's people, by well-being domain, by
 * area and by how support is arranged, from the latest review of each outcome; and how many people's reviews
 * are overdue; and by provider and by contract, an outcome counting for each provider and contract whose service
 * agreement works to it ({@link AgreedSupport}, passed into the statement as arrays). Aggregates only, so no one's
 * record is opened. One statement: each outcome's latest review is found once, in index order
 * ({@link ReviewsDue#acrossOrganisation}), and serves the three tables (one aggregate with grouping sets), the two
 * by agreement and the overdue count.
 */
@Service
@Transactional(readOnly = true)
public class AchievementSummary {

    /** The figure that {@link #FIGURES}' last row names: people whose review is overdue. */
    private static final String OVERDUE = "overdue";
    /** The figures by service agreement: keyed by the provider's id, and by the contract's. */
    private static final String PROVIDER = "provider";
    private static final String CONTRACT = "contract";

    /** The people whose reviews are counted as overdue: the living. */
    private static final String LIVING = """
            select id from person where held_by = :heldBy and date_of_death is null""";

    /**
     * Every outcome once, with its latest review, its person's area and how their support is arranged now,
     * counted three ways at once by grouping sets; then one more row, the number of people overdue, in the
     * {@code outcomes} column (a union needs one shape, and it must not vanish when there are no outcomes). It
     * continues the {@code with} clause that {@link ReviewsDue#acrossOrganisation} begins, hence its leading comma.
     */
    private static final String FIGURES = """
            , arrangement as (
                select distinct on (sp.person_id) sp.person_id, sp.arrangement
                from support_plan sp where sp.held_by = :heldBy
                order by sp.person_id, sp.revision desc
            ), outcome as (
                select o.domain, coalesce(p.area_code, '') as area, coalesce(a.arrangement, '') as arrangement,
                       l.rating
                from personal_outcome o
                join person p on p.id = o.person_id
                left join review_latest l on l.outcome_id = o.id
                left join arrangement a on a.person_id = o.person_id
                where o.held_by = :heldBy
            )
            select case when grouping(domain) = 0 then 'domain' when grouping(area) = 0 then 'area'
                        else 'arrangement' end as figure,
                   coalesce(domain, area, arrangement) as key, count(*) as outcomes, count(rating) as reviewed,
                   count(*) filter (where rating = 'ACHIEVED') as achieved,
                   count(*) filter (where rating = 'PARTLY_ACHIEVED') as partly,
                   count(*) filter (where rating = 'NOT_ACHIEVED') as not_achieved,
                   count(*) filter (where rating = 'NO_LONGER_RELEVANT') as no_longer
            from outcome
            group by grouping sets ((domain), (area), (arrangement))
            union all
            select w.figure, w.key, count(*), count(l.rating),
                   count(*) filter (where l.rating = 'ACHIEVED'),
                   count(*) filter (where l.rating = 'PARTLY_ACHIEVED'),
                   count(*) filter (where l.rating = 'NOT_ACHIEVED'),
                   count(*) filter (where l.rating = 'NO_LONGER_RELEVANT')
            from (select distinct w.outcome_id, w.figure, w.key
                  from unnest(cast(:workedOutcomes as uuid[]), cast(:workedFigures as text[]),
                              cast(:workedKeys as text[])) as w(outcome_id, figure, key)) w
            join personal_outcome o on o.id = w.outcome_id and o.held_by = :heldBy
            left join review_latest l on l.outcome_id = o.id
            group by w.figure, w.key
            union all
            select 'overdue', '', count(*), 0, 0, 0, 0, 0 from review_due where due < :today
            order by 1, 2""";

    private final JdbcClient jdbc;
    private final ReviewSchedule schedule;
    private final ObjectProvider<AgreedSupport> support;
    private final Today today;

    AchievementSummary(JdbcClient jdbc, ReviewSchedule schedule, ObjectProvider<AgreedSupport> support, Today today) {
        this.jdbc = jdbc;
        this.support = support;
        this.schedule = schedule;
        this.today = today;
    }

    /**
     * Every figure for the actor's organisation. People are overdue when the earliest due date of their outcomes
     * (by the schedule's rule in SQL, {@link ReviewsDue}) is already past.
     */
    public AchievementFigures figures(CylchUser actor) {
        // Sorting a large council's outcomes three ways spills to disk at PostgreSQL's default work_mem.
        jdbc.sql("set local work_mem = '32MB'").update();
        Map<String, List<AchievementRow>> rows = new HashMap<>();
        AgreedSupport agreed = support.getIfAvailable();
        List<AgreedSupport.OutcomeWorkedTo> worked = agreed == null ? List.of()
                : agreed.outcomesWorkedTo(OrganisationId.of(actor.organisationId()));
        List<String> outcomeIds = new ArrayList<>();
        List<String> figureNames = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Map<String, String> contractReferences = new HashMap<>();
        for (AgreedSupport.OutcomeWorkedTo w : worked) {
            outcomeIds.add(w.outcome().toString());
            figureNames.add(PROVIDER);
            keys.add(w.provider().toString());
            outcomeIds.add(w.outcome().toString());
            figureNames.add(CONTRACT);
            keys.add(w.contract().toString());
            contractReferences.put(w.contract().toString(), w.contractReference());
        }
        var query = jdbc.sql("with " + ReviewsDue.acrossOrganisation(LIVING) + FIGURES);
        ReviewsDue.periods(query, schedule)
                .param("heldBy", actor.organisationId())
                // As array literals: ids and these two words need no quoting.
                .param("workedOutcomes", "{" + String.join(",", outcomeIds) + "}")
                .param("workedFigures", "{" + String.join(",", figureNames) + "}")
                .param("workedKeys", "{" + String.join(",", keys) + "}")
                .param("today", Date.valueOf(today.date()))
                .query((rs, n) -> Map.entry(rs.getString("figure"), new AchievementRow(rs.getString("key"),
                        rs.getLong("outcomes"), rs.getLong("reviewed"), rs.getLong("achieved"), rs.getLong("partly"),
                        rs.getLong("not_achieved"), rs.getLong("no_longer"))))
                .list()
                .forEach(row -> rows.computeIfAbsent(row.getKey(), figure -> new ArrayList<>()).add(row.getValue()));
        long overdue = rows.getOrDefault(OVERDUE, List.of()).stream().mapToLong(AchievementRow::outcomes).sum();
        return new AchievementFigures(rows.getOrDefault("domain", List.of()), rows.getOrDefault("area", List.of()),
                rows.getOrDefault("arrangement", List.of()), rows.getOrDefault(PROVIDER, List.of()),
                rows.getOrDefault(CONTRACT, List.of()), contractReferences, overdue);
    }
}
