-- One slice of the cohort council's people (:first to :last) with their WEMWBS administrations, in one statement:
-- 1 to 49 each (25 on average), spread from a start some time in the last five years to today; each person has a
-- starting level and a drift, so some improve, some stay and some decline. About 70% are evidence for an outcome
-- in one of six domains; everyone lives in one of :areas areas. Only what cohort views read is loaded: the
-- administrations and their scores (each person's first and latest follow through the trigger), not the answers.
with person_plan as (
    select n, md5('cohort-person/' || n)::uuid as person_id,
           :areaPrefix || lpad((1 + floor(random() * :areas)::int)::text, 2, '0') as area_code,
           20 + floor(random() * 35)::int as start_level,
           (random() - 0.4) * 1.5 as drift,
           current_date - 1800 + floor(random() * 1500)::int as started,
           1 + floor(random() * 49)::int as administrations
    from generate_series(:first::bigint, :last::bigint) n
), planned as (
    select md5('cohort-measurement/' || p.n || '/' || k)::uuid as id, p.person_id, p.area_code,
           least(current_date, p.started + ((k - 1) * (current_date - p.started)) / p.administrations
                                         + floor(random() * 7)::int) as administered_on,
           greatest(14, least(70, p.start_level + round(p.drift * k + (random() - 0.5) * 8)))::numeric as value,
           case when random() < 0.7
                then (array['wales-nof/health', 'wales-nof/relationships', 'wales-nof/control',
                            'wales-nof/accommodation', 'wales-nof/protection', 'wales-nof/contribution'])
                     [1 + floor(random() * 6)::int] end as outcome_domain
    from person_plan p cross join lateral generate_series(1, p.administrations) k
), measured as (
    insert into measurement (id, person_id, held_by, instrument, instrument_version, administered_on, mode,
                             outcome_id, created_at, created_by)
    select id, person_id, :council, 'wemwbs', :version, administered_on, 'WITH_WORKER', null, now(), null
    from planned
)
insert into measurement_score (measurement_id, score, value, person_id, held_by, instrument, administered_on,
                               area_code, outcome_domain)
select id, 'total', value, person_id, :council, 'wemwbs', administered_on, area_code, outcome_domain
from planned
