package cymru.cylch.people;

import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A care manager's caseload: the living people allocated to them, soonest review first. One query over the
 * allocated people (indexed by organisation and worker), each outcome's latest review found through its own
 * index, with the next review date worked out by the schedule's rule in SQL ({@link ReviewsDue}).
 */
@Service
@Transactional(readOnly = true)
public class Caseload {

    private final JdbcClient jdbc;
    private final ReviewSchedule schedule;
    private final Today today;

    Caseload(JdbcClient jdbc, ReviewSchedule schedule, Today today) {
        this.jdbc = jdbc;
        this.schedule = schedule;
        this.today = today;
    }

    public List<CaseloadEntry> of(CylchUser worker) {
        LocalDate today = this.today.date();
        var query = jdbc.sql("with " + ReviewsDue.over("""
                        select id from person
                        where held_by = :heldBy and allocated_worker = :worker and date_of_death is null""") + """
                        select p.id, p.reference, p.given_name, p.family_name, d.due,
                               count(o.id) as outcomes,
                               count(o.id) filter (where l.rating = 'NOT_ACHIEVED'
                                   or (o.target_date < :today and coalesce(l.rating, '') not in
                                       ('ACHIEVED', 'NO_LONGER_RELEVANT'))) as at_risk
                        from person p
                        left join review_due d on d.person_id = p.id
                        left join personal_outcome o on o.person_id = p.id
                        -- Each outcome's latest review through the index on (outcome_id, reviewed_on desc).
                        left join lateral (select r.rating from outcome_review r
                                           where r.outcome_id = o.id
                                           order by r.reviewed_on desc, r.created_at desc limit 1) l on true
                        where p.held_by = :heldBy and p.allocated_worker = :worker and p.date_of_death is null
                        group by p.id, p.reference, p.given_name, p.family_name, d.due""");
        return ReviewsDue.periods(query, schedule)
                .param("heldBy", worker.organisationId())
                .param("worker", worker.userId())
                .param("today", Date.valueOf(today))
                .query((rs, n) -> {
                    Date dueDate = rs.getDate("due");
                    LocalDate due = dueDate == null ? null : dueDate.toLocalDate();
                    return new CaseloadEntry(rs.getObject("id", UUID.class), rs.getString("reference"),
                            rs.getString("given_name") + " " + rs.getString("family_name"), due,
                            due != null && schedule.overdue(due, today), rs.getLong("outcomes"), rs.getLong("at_risk"));
                })
                .list().stream()
                .sorted(Comparator.comparing(CaseloadEntry::nextReviewDue,
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(CaseloadEntry::fullName))
                .toList();
    }
}
