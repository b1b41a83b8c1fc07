-- Single-use links a person or carer opens to fill in a questionnaire themselves, without an account. Only the
-- SHA-256 digest of the link's secret is kept. A link is used once (used_at, and the measurement it made) and
-- expires; both are checked under a row lock, so two submissions of one link cannot both be stored.
create table self_completion_link (
    id               uuid primary key,
    secret_digest    varchar(64)  not null unique,
    person_id        uuid         not null,
    held_by          uuid         not null,
    area_code        varchar(12),
    instrument       varchar(60)  not null,
    mode             varchar(20)  not null check (mode in ('SELF', 'CARER')),
    language         varchar(2)   not null check (language in ('en', 'cy')),
    expires_at       timestamptz  not null,
    used_at          timestamptz,
    measurement_id   uuid,
    created_at       timestamptz  not null,
    created_by       uuid
);

create index self_completion_link_person on self_completion_link (person_id);

alter table self_completion_link enable row level security;
alter table self_completion_link force row level security;
create policy self_completion_link_seen_by_holder on self_completion_link
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
