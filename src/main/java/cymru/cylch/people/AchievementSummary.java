package cymru.cylch.people;

import cymru.cylch.platform.security.CylchUser;
import java.sql.Date;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the commissioner sees: outcome achievement across the organisation's people, by well-being domain and by
 * area, from the latest review of each outcome; and how many people's reviews are overdue. Aggregates only, so
 * no one's record is opened. One SQL aggregate per view, on the indexes made for it.
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
            where o.held_by = :heldBy
            group by 1 order by 1""";

    private final JdbcClient jdbc;
    private final ReviewSchedule schedule;
    private final Clock clock;

    AchievementSummary(JdbcClient jdbc, ReviewSchedule schedule, Clock clock) {
        this.jdbc = jdbc;
        this.schedule = schedule;
        this.clock = clock;
    }

    public List<AchievementRow> byDomain(CylchUser actor) {
        return rows("o.domain", actor);
    }

    public List<AchievementRow> byArea(CylchUser actor) {
        return rows("coalesce(p.area_code, '')", actor);
    }

    /** Living people with outcomes whose next review is already past due. */
    public long overdueReviews(CylchUser actor) {
        return jdbc.sql("""
                        select count(*) from (
                            select o.person_id,
                                   coalesce(max(r.reviewed_on) + make_interval(months => :intervalMonths, days => :intervalDays),
                                            min(o.agreed_on) + make_interval(months => :firstMonths, days => :firstDays)) as due
                            from personal_outcome o
                            join person p on p.id = o.person_id and p.date_of_death is null
                            left join outcome_review r on r.outcome_id = o.id
                            where o.held_by = :heldBy
                            group by o.person_id
                        ) d where d.due < :today""")
                .param("heldBy", actor.organisationId())
                .param("intervalMonths", (int) schedule.interval().toTotalMonths())
                .param("intervalDays", schedule.interval().getDays())
                .param("firstMonths", (int) schedule.firstAfter().toTotalMonths())
                .param("firstDays", schedule.firstAfter().getDays())
                .param("today", Date.valueOf(PersonManagement.today(clock)))
                .query(Long.class).single();
    }

    private List<AchievementRow> rows(String groupBy, CylchUser actor) {
        return jdbc.sql(LATEST.formatted(groupBy))
                .param("heldBy", actor.organisationId())
                .query((rs, n) -> new AchievementRow(rs.getString("key"), rs.getLong("outcomes"),
                        rs.getLong("reviewed"), rs.getLong("achieved"), rs.getLong("partly"),
                        rs.getLong("not_achieved"), rs.getLong("no_longer")))
                .list();
    }
}
