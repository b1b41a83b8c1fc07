-- Visits delivered, per provider: visits planned in the period (UK days), not replaced, that have a start.
with p as (select cast(? as uuid) as council, cast(? as date) as first_day, cast(? as date) as last_day)
select v.provider_id::text as subject, count(v.actual_start) as numerator, null::numeric as denominator
from p join visit v on v.held_by = p.council and v.replaced_by is null
     and v.planned_start >= p.first_day::timestamp at time zone 'Europe/London'
     and v.planned_start < (p.last_day + 1)::timestamp at time zone 'Europe/London'
group by v.provider_id
