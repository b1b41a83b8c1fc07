package cymru.cylch.people;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link ReviewSchedule}'s rule in SQL, for queries over many people at once (the caseload, the achievement
 * summary's overdue count): common table expressions that end in {@code review_due(person_id, due)}, one row for
 * each chosen person who has outcomes or a plan. Each outcome is due an interval after its latest review (found
 * through the index on {@code outcome_review (outcome_id, reviewed_on desc)}), or, never reviewed, the first
 * period after the later of the plan's start (its first revision) and the day it was agreed; a person is due on
 * the earliest of their outcomes' dates, or with a plan and no outcomes the first period after the plan starts.
 * {@code ReviewsDueAgreeTest} checks that it gives the same date as the Java rule for every person.
 */
final class ReviewsDue {

    private static final String CTES = """
            review_people as (%s
            ), review_plan_start as (
                select distinct on (sp.person_id) sp.person_id, sp.effective_from as starts
                from support_plan sp join review_people rp on rp.id = sp.person_id
                where sp.held_by = :heldBy
                order by sp.person_id, sp.revision
            ), review_outcome_due as (
                select o.person_id,
                       case when l.reviewed_on is not null
                            then l.reviewed_on + make_interval(months => :intervalMonths, days => :intervalDays)
                            -- greatest() passes over a missing plan start.
                            else greatest(o.agreed_on, s.starts)
                                     + make_interval(months => :firstMonths, days => :firstDays)
                       end as due
                from personal_outcome o
                join review_people rp on rp.id = o.person_id
                left join review_plan_start s on s.person_id = o.person_id
                %s
                where o.held_by = :heldBy
            ), review_due as (
                select person_id, min(due)::date as due from review_outcome_due group by person_id
                union all
                select s.person_id, (s.starts + make_interval(months => :firstMonths, days => :firstDays))::date
                from review_plan_start s
                -- Against the outcomes already read, not a probe of personal_outcome per plan (0.7 s in 20,000).
                where not exists (select 1 from review_outcome_due d where d.person_id = s.person_id)
            )""";

    /** Each outcome's latest review by its index, one probe per outcome: for a few people (a caseload). */
    private static final String PROBED = """
            left join lateral (select max(r.reviewed_on) as reviewed_on from outcome_review r
                                   where r.outcome_id = o.id) l on true""";

    /**
     * Every outcome's latest review, with its rating, in one ordered pass over the organisation's reviews: for all
     * its people at once. The index on {@code outcome_review (held_by, outcome_id, reviewed_on desc, created_at
     * desc) include (rating)} hands the rows over in this order, so nothing is sorted.
     */
    private static final String LATEST_REVIEWS = """
            review_latest as (
                select distinct on (r.outcome_id) r.outcome_id, r.reviewed_on, r.rating
                from outcome_review r where r.held_by = :heldBy
                order by r.outcome_id, r.reviewed_on desc, r.created_at desc
            ), """;

    private static final String GROUPED = "left join review_latest l on l.outcome_id = o.id";

    private ReviewsDue() {
    }

    /**
     * The expressions, to follow {@code with}, for the people a query chooses: {@code people} selects their ids
     * ({@code select id from person where ...}) and must keep to {@code :heldBy}'s people. For a few people.
     */
    static String over(String people) {
        return expressions(people, PROBED);
    }

    /**
     * The same for most or all of an organisation's people (the achievement summary): in a council of 20,000 people
     * one pass over its reviews beats 70,000 index probes. The expressions also name {@code review_latest
     * (outcome_id, reviewed_on, rating)}, each outcome's latest review, for the rest of the query to use.
     */
    static String acrossOrganisation(String people) {
        return LATEST_REVIEWS + expressions(people, GROUPED);
    }

    @SuppressFBWarnings(value = "VA_FORMAT_STRING_USES_NEWLINE",
            justification = "The line breaks are inside an SQL text block, where \\n is right on every platform")
    private static String expressions(String people, String latestReviews) {
        return CTES.formatted(people, latestReviews);
    }

    /** Binds the schedule's periods (and nothing else) to a statement using {@link #over(String)}. */
    static JdbcClient.StatementSpec periods(JdbcClient.StatementSpec statement, ReviewSchedule schedule) {
        return statement
                .param("intervalMonths", (int) schedule.interval().toTotalMonths())
                .param("intervalDays", schedule.interval().getDays())
                .param("firstMonths", (int) schedule.firstAfter().toTotalMonths())
                .param("firstDays", schedule.firstAfter().getDays());
    }
}
