-- Lower bound for the commissioner's achievement summary: the same figures (by domain, by area, people overdue a
-- review) as one hand-written query, which finds each outcome's latest review once rather than once per figure.
-- Parameters: the council (twice), the review interval and the first review's delay (ISO-8601 periods), today.
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
from (select person_id from outcome where date_of_death is null group by person_id
      having coalesce(max(reviewed_on) + ?::interval, min(agreed_on) + ?::interval) < ?) overdue
