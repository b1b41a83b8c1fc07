-- A council's monitoring overview: for each measure still collected, each subject's current value (the one no other
-- value corrects) in the latest ended period and the one before, and the target in force in the latest (the subject's
-- own latest, else the measure's for every subject). Periods are given: the latest ended month, quarter and year.
with p as (select cast(? as uuid) as council, cast(? as date) as monthly, cast(? as date) as quarterly,
                  cast(? as date) as annual),
shown as (
    select m.id, case m.frequency when 'MONTHLY' then p.monthly when 'QUARTERLY' then p.quarterly
                 else p.annual end as latest,
           case m.frequency when 'MONTHLY' then 1 when 'QUARTERLY' then 3 else 12 end as months
    from p join measure m on m.held_by = p.council and m.retired_at is null
), current_values as (
    select v.measure_id, v.subject, s.latest, v.period_start = s.latest as is_latest, v.value
    from shown s
    join measure_value v on v.measure_id = s.id
         and v.period_start in (s.latest, (s.latest - make_interval(months => s.months))::date)
    where not exists (select 1 from measure_value c where c.corrects = v.id)
)
select v.measure_id, v.subject,
       bool_or(v.is_latest) as latest_reported, max(v.value) filter (where v.is_latest) as latest_value,
       bool_or(not v.is_latest) as before_reported, max(v.value) filter (where not v.is_latest) as before_value,
       (select t.target from measure_target t
        where t.measure_id = v.measure_id and t.subject in (v.subject, '') and t.from_period <= v.latest
        order by t.subject = v.subject desc, t.from_period desc, t.recorded_at desc limit 1) as target
from current_values v
group by v.measure_id, v.subject, v.latest
