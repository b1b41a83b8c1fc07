-- Instruments a council makes for itself (administrators, in the pages), alongside those Cylch ships as files.
-- Every change is a new version and versions are never changed or removed: a measurement names the version it
-- was scored by. A code is the council's own (another council may use the same one for something else).
create table measurement_local_instrument (
    held_by     uuid         not null,
    code        varchar(60)  not null,
    version     integer      not null check (version > 0),
    definition  jsonb        not null,
    created_at  timestamptz  not null,
    created_by  uuid,
    primary key (held_by, code, version)
);

alter table measurement_local_instrument enable row level security;
alter table measurement_local_instrument force row level security;
create policy measurement_local_instrument_seen_by_holder on measurement_local_instrument
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
