-- Visits on time, per provider: of the visits planned in the period (UK days), not replaced and not cancelled by
-- the person, those not cancelled that started within 30 minutes of the planned start.
with p as (select cast(? as uuid) as council, cast(? as date) as first_day, cast(? as date) as last_day)
select v.provider_id::text as subject,
       count(*) filter (where v.cancelled_by is null
                        and abs(extract(epoch from v.actual_start - v.planned_start)) <= 1800) as numerator,
       count(*) filter (where v.cancelled_by is distinct from 'PERSON') as denominator
from p join visit v on v.held_by = p.council and v.replaced_by is null
     and v.planned_start >= p.first_day::timestamp at time zone 'Europe/London'
     and v.planned_start < (p.last_day + 1)::timestamp at time zone 'Europe/London'
group by v.provider_id
having count(*) filter (where v.cancelled_by is distinct from 'PERSON') > 0
