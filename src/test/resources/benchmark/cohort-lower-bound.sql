-- A cohort view's figures from every stored score, as one hand-written aggregate: each person's scores ranked
-- from first and from latest (by date measured, then measurement id, as Cylch orders them), then counts and
-- means per group (%1$s: '' for the council, area_code or outcome_domain, the latest measurement's). Parameters:
-- council, instrument, score, direction (1, or -1 where lower is better), meaningful change.
with ranked as (
    select person_id, value, %1$s as key,
           row_number() over (partition by person_id order by administered_on, measurement_id) as from_first,
           row_number() over (partition by person_id order by administered_on desc, measurement_id desc) as from_latest
    from measurement_score
    where held_by = ? and instrument = ? and score = ? and value is not null
), per_person as (
    select max(key) filter (where from_latest = 1) as key, count(*) as times,
           max(value) filter (where from_first = 1) as first, max(value) filter (where from_latest = 1) as latest
    from ranked group by person_id
)
select coalesce(key, '') as key, count(*) as measured, count(*) filter (where times > 1) as repeated,
       round(avg(first) filter (where times > 1), 2) as mean_first,
       round(avg(latest) filter (where times > 1), 2) as mean_latest,
       round(avg(latest - first) filter (where times > 1), 2) as mean_change,
       count(*) filter (where times > 1 and (latest - first) * ? > 0) as improved,
       count(*) filter (where times > 1 and (latest - first) * ? >= ?) as meaningful
from per_person group by 1 order by 1
