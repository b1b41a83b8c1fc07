-- Performance measures (Results-Based Accountability) a council defines once and collects period by period.
-- A measure is attached to the whole council, to providers, to contracts or to services: each of those is a subject
-- with its own series ('' for the council, a provider's or contract's id, a service's code). Targets and values are
-- kept, never changed: a new target row takes effect from its period, and a corrected value is a new row naming the
-- one it corrects, so every earlier figure stays in the history.
create table measure (
    id                   uuid          primary key,
    held_by              uuid          not null,
    code                 text          check (code ~ '^[a-z0-9-]{1,60}$'),
    name_en              text          not null check (length(btrim(name_en)) between 1 and 200),
    name_cy              text          not null check (length(btrim(name_cy)) between 1 and 200),
    quadrant             text          not null check (quadrant in ('HOW_MUCH', 'HOW_WELL', 'BETTER_OFF')),
    shape                text          not null check (shape in ('COUNT', 'AMOUNT', 'PERCENTAGE', 'RATE')),
    numerator_en         text          not null check (length(btrim(numerator_en)) between 1 and 500),
    numerator_cy         text          not null check (length(btrim(numerator_cy)) between 1 and 500),
    denominator_en       text          check (length(btrim(denominator_en)) between 1 and 500),
    denominator_cy       text          check (length(btrim(denominator_cy)) between 1 and 500),
    factor               numeric(19, 4) not null check (factor > 0),
    decimals             integer       not null check (decimals between 0 and 4),
    unit_en              text          not null check (length(unit_en) <= 40),
    unit_cy              text          not null check (length(unit_cy) <= 40),
    frequency            text          not null check (frequency in ('MONTHLY', 'QUARTERLY', 'ANNUAL')),
    polarity             text          not null check (polarity in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    source               text          not null check (source in ('COMPUTED', 'RETURNED', 'IMPORTED')),
    computation          text,
    national             boolean       not null,
    attachment           text          not null check (attachment in ('COUNCIL', 'PROVIDER', 'CONTRACT', 'SERVICE')),
    subject              text,
    green_at             numeric(7, 2) not null,
    amber_at             numeric(7, 2) not null,
    baseline             numeric(19, 4),
    baseline_period      date,
    baseline_story       text          check (length(baseline_story) <= 4000),
    created_at           timestamptz   not null,
    created_by           uuid,
    retired_at           timestamptz,
    version              integer       not null default 0,
    check ((shape in ('COUNT', 'AMOUNT')) = (denominator_en is null) and (denominator_en is null) = (denominator_cy is null)),
    check ((source = 'COMPUTED') = (computation is not null)),
    check ((attachment = 'COUNCIL') <= (subject is null)),
    check ((baseline is null) = (baseline_period is null))
);

create unique index measure_code_once on measure (held_by, code) where code is not null;
create index measure_of_council on measure (held_by, quadrant, name_en);

-- A target from a period on, for one subject or ('' ) for every subject of the measure; the latest recorded for a
-- subject and period wins.
create table measure_target (
    id          uuid           primary key,
    held_by     uuid           not null,
    measure_id  uuid           not null references measure (id),
    subject     text           not null,
    from_period date           not null,
    target      numeric(19, 4) not null,
    reason      text           not null check (length(btrim(reason)) between 1 and 2000),
    recorded_at timestamptz    not null,
    recorded_by uuid
);

create index measure_target_of_measure on measure_target (measure_id, subject, from_period, recorded_at);

-- A period's figures for one subject. The first row for a period corrects nothing; each correction names the row it
-- replaces and gives a reason, and a row can be corrected once (so two people correcting the same figure at once
-- cannot both win). The period's value is the row no other row corrects.
create table measure_value (
    id           uuid           primary key,
    held_by      uuid           not null,
    measure_id   uuid           not null references measure (id),
    subject      text           not null,
    period_start date           not null,
    numerator    numeric(19, 4) not null,
    denominator  numeric(19, 4),
    value        numeric(19, 4),
    origin       text           not null check (origin in ('COMPUTED', 'RETURNED', 'IMPORTED')),
    corrects     uuid           references measure_value (id),
    reason       text           check (length(btrim(reason)) between 1 and 2000),
    recorded_at  timestamptz    not null,
    recorded_by  uuid,
    check ((corrects is null) = (reason is null))
);

create unique index measure_value_first_once on measure_value (measure_id, subject, period_start)
    where corrects is null;
create unique index measure_value_corrected_once on measure_value (corrects) where corrects is not null;
create index measure_value_series on measure_value (measure_id, subject, period_start, recorded_at);
create index measure_value_of_council on measure_value (held_by, period_start);

-- Raised when a period's value turns red: once per measure, subject and period; acknowledged by a commissioner.
create table measure_alert (
    id              uuid        primary key,
    held_by         uuid        not null,
    measure_id      uuid        not null references measure (id),
    subject         text        not null,
    period_start    date        not null,
    value_id        uuid        not null references measure_value (id),
    raised_at       timestamptz not null,
    acknowledged_at timestamptz,
    acknowledged_by uuid,
    unique (measure_id, subject, period_start)
);

create index measure_alert_open on measure_alert (held_by, raised_at) where acknowledged_at is null;

insert into append_only_table (table_name, declared_by) values ('measure_target', 'monitoring');
insert into append_only_table (table_name, declared_by) values ('measure_value', 'monitoring');

alter table measure enable row level security;
alter table measure force row level security;
create policy measure_held on measure
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);

alter table measure_target enable row level security;
alter table measure_target force row level security;
create policy measure_target_held on measure_target
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);

alter table measure_value enable row level security;
alter table measure_value force row level security;
create policy measure_value_held on measure_value
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);

alter table measure_alert enable row level security;
alter table measure_alert force row level security;
create policy measure_alert_held on measure_alert
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
