-- Lower bound for the commissioner's achievement summary: the same figures (by domain, by area, people overdue a
-- review) as one hand-written query, which finds each outcome's latest review once rather than once per figure.
-- Overdue people follow ReviewSchedule: each outcome due an interval after its latest review or, never reviewed,
-- the first period after the later of the plan's start and its agreement; a person is due on the earliest.
-- Parameters: the council (three times), the review interval, the first review's delay (twice; ISO-8601
-- periods), today.
with latest as (
    select distinct on (r.outcome_id) r.outcome_id, r.rating, r.reviewed_on
    from outcome_review r where r.held_by = ?
    order by r.outcome_id, r.reviewed_on desc, r.created_at desc
), outcome as (
    select o.person_id, o.domain, coalesce(p.area_code, '') as area, o.agreed_on, p.date_of_death,
           l.rating, l.reviewed_on
    from personal_outcome o
    join person p on p.id = o.person_id
    left join latest l on l.outcome_id = o.id
    where o.held_by = ?
), plan_start as (
    select distinct on (sp.person_id) sp.person_id, sp.effective_from as starts
    from support_plan sp where sp.held_by = ?
    order by sp.person_id, sp.revision
), due as (
    select o.person_id, min(case when o.reviewed_on is not null then o.reviewed_on + ?::interval
                                 else greatest(o.agreed_on, s.starts) + ?::interval end) as due
    from outcome o left join plan_start s on s.person_id = o.person_id
    where o.date_of_death is null
    group by o.person_id
    union all
    select s.person_id, s.starts + ?::interval
    from plan_start s join person p on p.id = s.person_id
    where p.date_of_death is null and not exists (select 1 from outcome o where o.person_id = s.person_id)
)
select case when grouping(domain) = 0 then 'domain' else 'area' end as figure, coalesce(domain, area) as key,
       count(*) as outcomes, count(rating) as reviewed,
       count(*) filter (where rating = 'ACHIEVED') as achieved,
       count(*) filter (where rating = 'PARTLY_ACHIEVED') as partly,
       count(*) filter (where rating = 'NOT_ACHIEVED') as not_achieved,
       count(*) filter (where rating = 'NO_LONGER_RELEVANT') as no_longer
from outcome
group by grouping sets ((domain), (area))
union all
select 'overdue', '', count(*), 0, 0, 0, 0, 0
from due where due < ?
