-- Outcome payments, per provider: outcome lines paid in the runs posted for the period's months.
with p as (select cast(? as uuid) as council, cast(? as date) as first_day, cast(? as date) as last_day)
select l.provider_id::text as subject, coalesce(sum(l.amount) filter (where l.kind = 'OUTCOME'), 0) as numerator,
       null::numeric as denominator
from p join payment_run r on r.held_by = p.council and r.month between date_trunc('month', p.first_day)::date
     and date_trunc('month', p.last_day)::date and r.status in ('POSTED', 'EXPORTED')
join payment_run_line l on l.run_id = r.id and l.status = 'PAID'
group by l.provider_id
