-- Contract performance assessments (Procurement Act 2023, s. 71): a council rates a supplier's performance under a
-- contract against each key performance indicator (a measure attached to the contract or to the provider), over a
-- period of at most twelve months, as good, approaching target, requires improvement, inadequate, or other with an
-- explanation (the Procurement Regulations 2024's scale). A draft is the council's own; a published assessment is
-- kept as published, and read by the supplier too. A correction is a new assessment that names the one it replaces.
create table contract_assessment (
    id           uuid        primary key,
    held_by      uuid        not null,
    contract_id  uuid        not null references contract (id),
    supplier_id  uuid        not null,
    period_start date        not null,
    period_end   date        not null,
    status       text        not null check (status in ('DRAFT', 'PUBLISHED')),
    replaces     uuid        references contract_assessment (id),
    created_at   timestamptz not null,
    created_by   uuid,
    published_at timestamptz,
    published_by uuid,
    version      integer     not null default 0,
    check (period_end >= period_start and period_end < period_start + interval '12 months'),
    check ((status = 'PUBLISHED') = (published_at is not null))
);

create index contract_assessment_of_council on contract_assessment (held_by, contract_id, period_end desc);
create index contract_assessment_of_supplier on contract_assessment (supplier_id, period_end desc);
-- A published assessment is corrected once; a correction of the correction replaces that one.
create unique index contract_assessment_corrected_once on contract_assessment (replaces) where replaces is not null;

-- One rating per key performance indicator, in the order the page shows them. The measure's name and unit are kept
-- as they were when the assessment was made, and the latest value in the period as it was when it was published,
-- so that a published assessment reads the same whatever later happens to the measure.
create table contract_assessment_rating (
    assessment_id  uuid    not null references contract_assessment (id),
    held_by        uuid    not null,
    supplier_id    uuid    not null,
    position       integer not null,
    measure_id     uuid    not null references measure (id),
    name_en        text    not null,
    name_cy        text    not null,
    unit_en        text    not null,
    unit_cy        text    not null,
    rating         text    check (rating in ('GOOD', 'APPROACHING_TARGET', 'REQUIRES_IMPROVEMENT', 'INADEQUATE',
        'OTHER')),
    explanation    text    check (length(explanation) <= 2000),
    note           text    check (length(note) <= 2000),
    measured       numeric(19, 4),
    measured_start date,
    primary key (assessment_id, measure_id),
    check (rating is distinct from 'OTHER' or length(btrim(explanation)) > 0)
);

alter table contract_assessment enable row level security;
alter table contract_assessment force row level security;
create policy contract_assessment_held on contract_assessment
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
-- The supplier reads the published assessments of its own performance, never a draft.
create policy contract_assessment_read_by_supplier on contract_assessment for select to "${grantsRole}"
    using (supplier_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid and status = 'PUBLISHED');

alter table contract_assessment_rating enable row level security;
alter table contract_assessment_rating force row level security;
create policy contract_assessment_rating_held on contract_assessment_rating
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
create policy contract_assessment_rating_read_by_supplier on contract_assessment_rating for select
    to "${grantsRole}"
    using (supplier_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid
           and exists (select 1 from contract_assessment a where a.id = assessment_id and a.status = 'PUBLISHED'));

-- Published is final, whatever the application does: the assessment and its ratings are never changed or removed.
create function contract_assessment_published_is_final() returns trigger language plpgsql as $$
declare
    -- One function for both tables: an assessment row is named by its id, a rating by its assessment_id.
    assessment uuid := coalesce(to_jsonb(old) ->> 'assessment_id', to_jsonb(old) ->> 'id')::uuid;
begin
    if exists (select 1 from contract_assessment where id = assessment and status = 'PUBLISHED') then
        raise exception 'a published contract performance assessment is corrected by a new one, never changed'
            using errcode = 'check_violation', constraint = 'contract_assessment_published_is_final';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;
create trigger contract_assessment_published_is_final before update or delete on contract_assessment
    for each row execute function contract_assessment_published_is_final();
create trigger contract_assessment_rating_published_is_final before update or delete on contract_assessment_rating
    for each row execute function contract_assessment_published_is_final();
