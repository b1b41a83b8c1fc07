-- Each person's first and latest value of each score, kept up to date as scores are appended, so that a cohort
-- view reads one row per person instead of every score they ever had (a council-wide view over ten million
-- scores must take under a second). "First" and "latest" are ordered by the date measured, then by measurement
-- id, so a measurement recorded late for an earlier date becomes the first. The area and outcome domain are the
-- latest measurement's, as they were when measured. Scores without a value (the missing-data rule allowed none)
-- take no part.
create table measurement_trajectory (
    held_by                uuid           not null,
    instrument             varchar(60)    not null,
    score                  varchar(40)    not null,
    person_id              uuid           not null,
    times                  integer        not null check (times > 0),
    first_on               date           not null,
    first_measurement      uuid           not null,
    first_value            numeric(14, 6) not null,
    latest_on              date           not null,
    latest_measurement     uuid           not null,
    latest_value           numeric(14, 6) not null,
    latest_area_code       varchar(12),
    latest_outcome_domain  varchar(60),
    primary key (held_by, instrument, score, person_id)
);

-- Set-based, once per insert statement: a statement inserting many scores (a bulk load) is one upsert. (The
-- application's JDBC batches send each row as a statement of its own, so there it runs once a row.) Within a
-- statement, each person's earliest and latest arrivals are found first (an upsert may touch a row only once),
-- then merged with what is stored, in key order so concurrent statements lock rows in the same order.
create function measurement_trajectory_follow() returns trigger language plpgsql as $$
begin
    insert into measurement_trajectory as t (held_by, instrument, score, person_id, times,
                                             first_on, first_measurement, first_value,
                                             latest_on, latest_measurement, latest_value,
                                             latest_area_code, latest_outcome_domain)
    select f.held_by, f.instrument, f.score, f.person_id, f.times,
           f.administered_on, f.measurement_id, f.value,
           l.administered_on, l.measurement_id, l.value, l.area_code, l.outcome_domain
    from (select a.*, count(*) over w as times,
                 row_number() over (w order by administered_on, measurement_id) as from_first
          from arrived a where value is not null
          window w as (partition by held_by, instrument, score, person_id)) f
    join (select a.*,
                 row_number() over (partition by held_by, instrument, score, person_id
                                    order by administered_on desc, measurement_id desc) as from_latest
          from arrived a where value is not null) l
      on l.held_by = f.held_by and l.instrument = f.instrument and l.score = f.score and l.person_id = f.person_id
    where f.from_first = 1 and l.from_latest = 1
    order by f.held_by, f.instrument, f.score, f.person_id
    on conflict (held_by, instrument, score, person_id) do update set
        times = t.times + excluded.times,
        first_on = case when (excluded.first_on, excluded.first_measurement) < (t.first_on, t.first_measurement)
                        then excluded.first_on else t.first_on end,
        first_measurement = case when (excluded.first_on, excluded.first_measurement) < (t.first_on, t.first_measurement)
                                 then excluded.first_measurement else t.first_measurement end,
        first_value = case when (excluded.first_on, excluded.first_measurement) < (t.first_on, t.first_measurement)
                           then excluded.first_value else t.first_value end,
        latest_on = case when (excluded.latest_on, excluded.latest_measurement) > (t.latest_on, t.latest_measurement)
                         then excluded.latest_on else t.latest_on end,
        latest_measurement = case when (excluded.latest_on, excluded.latest_measurement) > (t.latest_on, t.latest_measurement)
                                  then excluded.latest_measurement else t.latest_measurement end,
        latest_value = case when (excluded.latest_on, excluded.latest_measurement) > (t.latest_on, t.latest_measurement)
                            then excluded.latest_value else t.latest_value end,
        latest_area_code = case when (excluded.latest_on, excluded.latest_measurement) > (t.latest_on, t.latest_measurement)
                                then excluded.latest_area_code else t.latest_area_code end,
        latest_outcome_domain = case when (excluded.latest_on, excluded.latest_measurement) > (t.latest_on, t.latest_measurement)
                                     then excluded.latest_outcome_domain else t.latest_outcome_domain end;
    return null;
end
$$;

create trigger measurement_score_followed after insert on measurement_score
    referencing new table as arrived for each statement execute function measurement_trajectory_follow();

-- Scores already stored: the same merge, once, over the whole table (no trigger involved, nothing rewritten).
-- Row-level security is forced even on the owner, so it is lifted for this read, inside this transaction, and the
-- new table's policy comes after the copy.
alter table measurement_score no force row level security;
insert into measurement_trajectory (held_by, instrument, score, person_id, times,
                                    first_on, first_measurement, first_value,
                                    latest_on, latest_measurement, latest_value,
                                    latest_area_code, latest_outcome_domain)
select f.held_by, f.instrument, f.score, f.person_id, f.times,
       f.administered_on, f.measurement_id, f.value,
       l.administered_on, l.measurement_id, l.value, l.area_code, l.outcome_domain
from (select s.*, count(*) over w as times,
             row_number() over (w order by administered_on, measurement_id) as from_first
      from measurement_score s where value is not null
      window w as (partition by held_by, instrument, score, person_id)) f
join (select s.*,
             row_number() over (partition by held_by, instrument, score, person_id
                                order by administered_on desc, measurement_id desc) as from_latest
      from measurement_score s where value is not null) l
  on l.held_by = f.held_by and l.instrument = f.instrument and l.score = f.score and l.person_id = f.person_id
where f.from_first = 1 and l.from_latest = 1;
alter table measurement_score force row level security;

alter table measurement_trajectory enable row level security;
alter table measurement_trajectory force row level security;
create policy measurement_trajectory_seen_by_holder on measurement_trajectory
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
