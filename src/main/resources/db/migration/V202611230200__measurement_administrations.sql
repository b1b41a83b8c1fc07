-- Administrations of instruments (measurements) with their answers and scores, appended, never changed: a
-- correction is a new administration. Scores are stored as worked out by the instrument's version at the time,
-- with what cohort views filter on copied beside them (the person's area and the linked outcome's domain as they
-- were when measured), so a council-wide view reads one table through one index.
create table measurement (
    id                  uuid primary key,
    person_id           uuid         not null,
    held_by             uuid         not null,
    instrument          varchar(60)  not null,
    instrument_version  varchar(20)  not null,
    administered_on     date         not null,
    mode                varchar(20)  not null check (mode in ('WITH_WORKER', 'SELF', 'CARER')),
    outcome_id          uuid,
    created_at          timestamptz  not null,
    created_by          uuid
);

create index measurement_person on measurement (person_id, administered_on);

create table measurement_answer (
    measurement_id  uuid           not null references measurement (id),
    item            varchar(40)    not null,
    answer          numeric(12, 4),
    primary key (measurement_id, item)
);

create table measurement_score (
    measurement_id   uuid           not null references measurement (id),
    score            varchar(40)    not null,
    value            numeric(14, 6),
    person_id        uuid           not null,
    held_by          uuid           not null,
    instrument       varchar(60)    not null,
    administered_on  date           not null,
    area_code        varchar(12),
    outcome_domain   varchar(60),
    primary key (measurement_id, score)
);

create index measurement_score_cohort on measurement_score (held_by, instrument, score, person_id, administered_on)
    include (value);

alter table measurement enable row level security;
alter table measurement force row level security;
create policy measurement_seen_by_holder on measurement
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);

alter table measurement_score enable row level security;
alter table measurement_score force row level security;
create policy measurement_score_seen_by_holder on measurement_score
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);

alter table measurement_answer enable row level security;
alter table measurement_answer force row level security;
create policy measurement_answer_seen_with_measurement on measurement_answer
    using (exists (select 1 from measurement m where m.id = measurement_answer.measurement_id))
    with check (exists (select 1 from measurement m where m.id = measurement_answer.measurement_id));
