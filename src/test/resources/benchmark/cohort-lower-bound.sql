-- A cohort view's figures from every stored score, as one hand-written aggregate: each person's scores gathered
-- in date order (then measurement id, as Cylch orders them) to find their first and latest, then counts and means
-- per group (%1$s: '' for the council, area_code or outcome_domain, the latest measurement's). Parameters:
-- council, instrument, score, direction (1, or -1 where lower is better), direction again, meaningful change.
with per_person as (
    select (array_agg(%1$s order by administered_on desc, measurement_id desc))[1] as key, count(*) as times,
           (array_agg(value order by administered_on, measurement_id))[1] as first,
           (array_agg(value order by administered_on desc, measurement_id desc))[1] as latest
    from measurement_score
    where held_by = ? and instrument = ? and score = ? and value is not null
    group by person_id
)
select coalesce(key, '') as key, count(*) as measured, count(*) filter (where times > 1) as repeated,
       round(avg(first) filter (where times > 1), 2) as mean_first,
       round(avg(latest) filter (where times > 1), 2) as mean_latest,
       round(avg(latest - first) filter (where times > 1), 2) as mean_change,
       count(*) filter (where times > 1 and (latest - first) * ? > 0) as improved,
       count(*) filter (where times > 1 and (latest - first) * ? >= ?) as meaningful
from per_person group by 1 order by 1
