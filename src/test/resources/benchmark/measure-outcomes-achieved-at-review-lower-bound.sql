-- Outcomes achieved at review, per provider: the people whose outcome it worked to on the day of a review in the
-- period (rated other than no longer relevant), and of them those with no outcome rated not achieved.
with p as (select cast(? as uuid) as council, cast(? as date) as first_day, cast(? as date) as last_day),
worked_to as (
    select a.provider_id, o.outcome_id, a.start_date, a.end_date
    from p join service_agreement a on a.held_by = p.council and a.start_date <= p.last_day
         and (a.end_date is null or a.end_date >= p.first_day)
    cross join unnest(a.outcomes) as o(outcome_id)
)
select w.provider_id::text as subject,
       count(distinct r.person_id) - count(distinct r.person_id) filter (where r.rating = 'NOT_ACHIEVED') as numerator,
       count(distinct r.person_id) as denominator
from p join outcome_review r on r.held_by = p.council and r.reviewed_on between p.first_day and p.last_day
join worked_to w on w.outcome_id = r.outcome_id and w.start_date <= r.reviewed_on
     and (w.end_date is null or w.end_date >= r.reviewed_on)
where r.rating <> 'NO_LONGER_RELEVANT'
group by w.provider_id
