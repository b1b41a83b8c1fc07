-- People supported, per provider: people with an agreement with it in force on the period's last day.
with p as (select cast(? as uuid) as council, cast(? as date) as first_day, cast(? as date) as last_day)
select a.provider_id::text as subject, count(distinct a.person_id) as numerator, null::numeric as denominator
from p join service_agreement a on a.held_by = p.council and a.start_date <= p.last_day
     and (a.end_date is null or a.end_date >= p.last_day)
group by a.provider_id
