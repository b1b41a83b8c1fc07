package cymru.cylch.people;

import cymru.cylch.platform.security.CylchUser;
import java.sql.Date;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the commissioner sees: outcome achievement across the organisation's people, by well-being domain, by
 * area and by how support is arranged, from the latest review of each outcome; and how many people's reviews
 * are overdue. Aggregates only, so no one's record is opened. One SQL aggregate per view, on the indexes made
 * for it.
 */
@Service
@Transactional(readOnly = true)
public class AchievementSummary {

    private static final String LATEST = """
            with latest as (
                select distinct on (r.outcome_id) r.outcome_id, r.rating
                from outcome_review r where r.held_by = :heldBy
                order by r.outcome_id, r.reviewed_on desc, r.created_at desc
            )
            select %s as key, count(*) as outcomes, count(l.outcome_id) as reviewed,
                   count(*) filter (where l.rating = 'ACHIEVED') as achieved,
                   count(*) filter (where l.rating = 'PARTLY_ACHIEVED') as partly,
                   count(*) filter (where l.rating = 'NOT_ACHIEVED') as not_achieved,
                   count(*) filter (where l.rating = 'NO_LONGER_RELEVANT') as no_longer
            from personal_outcome o
            join person p on p.id = o.person_id
            left join latest l on l.outcome_id = o.id
            %s
            where o.held_by = :heldBy
            group by 1 order by 1""";

    /** How support is arranged for each person now (their plan's latest revision); empty key: no plan yet. */
    private static final String CURRENT_ARRANGEMENT = """
            left join (select distinct on (sp.person_id) sp.person_id, sp.arrangement
                       from support_plan sp where sp.held_by = :heldBy
                       order by sp.person_id, sp.revision desc) cp on cp.person_id = o.person_id""";

    private final JdbcClient jdbc;
    private final ReviewSchedule schedule;
    private final Clock clock;

    AchievementSummary(JdbcClient jdbc, ReviewSchedule schedule, Clock clock) {
        this.jdbc = jdbc;
        this.schedule = schedule;
        this.clock = clock;
    }

    public List<AchievementRow> byDomain(CylchUser actor) {
        return rows("o.domain", "", actor);
    }

    public List<AchievementRow> byArea(CylchUser actor) {
        return rows("coalesce(p.area_code, '')", "", actor);
    }

    public List<AchievementRow> byArrangement(CylchUser actor) {
        return rows("coalesce(cp.arrangement, '')", CURRENT_ARRANGEMENT, actor);
    }

    /**
     * Living people whose next review is already past due: a period after their latest review, or the first
     * review period after their plan started (or, with no plan yet, after their first outcome was agreed).
     */
    public long overdueReviews(CylchUser actor) {
        return jdbc.sql("""
                        with first_agreed as (
                            select person_id, min(agreed_on) as agreed_on from personal_outcome
                            where held_by = :heldBy group by person_id
                        ), plan_start as (
                            select person_id, min(effective_from) as starts from support_plan
                            where held_by = :heldBy group by person_id
                        ), last_review as (
                            select person_id, max(reviewed_on) as reviewed_on from outcome_review
                            where held_by = :heldBy group by person_id
                        )
                        select count(*) from person p
                        left join first_agreed o on o.person_id = p.id
                        left join plan_start s on s.person_id = p.id
                        left join last_review r on r.person_id = p.id
                        where p.held_by = :heldBy and p.date_of_death is null
                          and coalesce(r.reviewed_on + make_interval(months => :intervalMonths, days => :intervalDays),
                                       coalesce(s.starts, o.agreed_on)
                                           + make_interval(months => :firstMonths, days => :firstDays)) < :today""")
                .param("heldBy", actor.organisationId())
                .param("intervalMonths", (int) schedule.interval().toTotalMonths())
                .param("intervalDays", schedule.interval().getDays())
                .param("firstMonths", (int) schedule.firstAfter().toTotalMonths())
                .param("firstDays", schedule.firstAfter().getDays())
                .param("today", Date.valueOf(PersonManagement.today(clock)))
                .query(Long.class).single();
    }

    private List<AchievementRow> rows(String groupBy, String joins, CylchUser actor) {
        return jdbc.sql(LATEST.formatted(groupBy, joins))
                .param("heldBy", actor.organisationId())
                .query((rs, n) -> new AchievementRow(rs.getString("key"), rs.getLong("outcomes"),
                        rs.getLong("reviewed"), rs.getLong("achieved"), rs.getLong("partly"),
                        rs.getLong("not_achieved"), rs.getLong("no_longer")))
                .list();
    }
}
