-- Personal outcomes agreed with a person: in their own words, linked to a national framework's domain, with how
-- everyone will know it is being achieved. Reviews of them come later; nothing here is overwritten by a review.
create table personal_outcome (
    id              uuid primary key,
    person_id       uuid          not null references person (id),
    held_by         uuid          not null,
    statement       varchar(1000) not null,
    domain          varchar(60)   not null,
    indicator       varchar(1000),
    baseline        varchar(1000),
    target_date     date,
    contributors    varchar(1000),
    genuine         boolean       not null,
    realistic       boolean       not null,
    statement_kind  varchar(10)   not null check (statement_kind in ('OUTCOME', 'OUTPUT', 'PROCESS', 'INPUT')),
    agreed_on       date          not null,
    created_at      timestamptz   not null,
    created_by      uuid,
    updated_at      timestamptz   not null,
    updated_by      uuid,
    version         bigint        not null default 0
);

create index personal_outcome_person on personal_outcome (person_id, agreed_on);
create index personal_outcome_held_by_domain on personal_outcome (held_by, domain);

alter table personal_outcome enable row level security;
alter table personal_outcome force row level security;

create policy personal_outcome_seen_by_holder on personal_outcome
    using (current_setting('cylch.scope', true) = 'system'
           or held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (current_setting('cylch.scope', true) = 'system'
                or held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
