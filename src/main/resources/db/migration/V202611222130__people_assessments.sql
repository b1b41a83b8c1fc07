-- Assessment as a conversation about what matters, recorded in the person's words. Each conversation is a new
-- record; earlier ones are kept as they were.
create table assessment (
    id                   uuid primary key,
    person_id            uuid          not null references person (id),
    held_by              uuid          not null,
    held_on              date          not null,
    what_matters         varchar(4000) not null,
    working              varchar(4000),
    not_working          varchar(4000),
    personal_strengths   varchar(4000),
    family_strengths     varchar(4000),
    community_strengths  varchar(4000),
    risks                varchar(4000),
    wants_to_achieve     varchar(4000),
    person_took_part     boolean       not null,
    carer_took_part      boolean       not null,
    provider_took_part   boolean       not null,
    others_taking_part   varchar(500),
    created_at           timestamptz   not null,
    created_by           uuid,
    updated_at           timestamptz   not null,
    updated_by           uuid,
    version              bigint        not null default 0
);

create index assessment_person on assessment (person_id, held_on desc);

alter table assessment enable row level security;
alter table assessment force row level security;

create policy assessment_seen_by_holder on assessment
    using (current_setting('cylch.scope', true) = 'system'
           or held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (current_setting('cylch.scope', true) = 'system'
                or held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
