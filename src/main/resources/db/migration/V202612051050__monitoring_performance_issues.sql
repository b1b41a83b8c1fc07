-- Poor performance: an issue a council records about a provider (under a contract, about a measure, or neither), with
-- what the choice of route turns on (its seriousness, the risks, whether the contract was breached, the relationship
-- and the provider's response). The developmental route agrees a corrective action plan with the provider; the
-- punitive route imposes sanctions (a default notice, a deduction from payments, suspension from the accredited list,
-- termination), each with its reason. Every step is kept in the issue's history; sanctions are kept as imposed.
create table performance_issue (
    id                uuid        primary key,
    held_by           uuid        not null,
    provider_id       uuid        not null,
    contract_id       uuid        references contract (id),
    measure_id        uuid        references measure (id),
    title             text        not null check (length(btrim(title)) between 1 and 200),
    description       text        not null check (length(btrim(description)) between 1 and 4000),
    seriousness       text        not null check (seriousness in ('LOW', 'MODERATE', 'SERIOUS', 'CRITICAL')),
    risks             text        not null check (length(risks) <= 4000),
    contract_breached boolean     not null,
    relationship      text        not null check (relationship in ('GOOD', 'FAIR', 'POOR')),
    provider_stance   text        check (provider_stance in ('ACCEPTS', 'PARTLY_ACCEPTS', 'DISPUTES')),
    provider_response text        check (length(provider_response) <= 4000),
    status            text        not null check (status in ('RAISED', 'CAP_DRAFT', 'CAP_PROPOSED', 'CAP_AGREED',
        'ESCALATED', 'RESOLVED', 'CLOSED', 'TERMINATED')),
    route             text        check (route in ('DEVELOPMENTAL', 'PUNITIVE')),
    -- The corrective action plan: [{"action", "owner", "dueOn", "doneOn", "doneNote"}], what extra monitoring and
    -- support go with it, and when it is next reviewed.
    cap_actions       jsonb       not null default '[]',
    cap_monitoring    text        not null default '' check (length(cap_monitoring) <= 4000),
    cap_support       text        not null default '' check (length(cap_support) <= 4000),
    cap_review_on     date,
    raised_at         timestamptz not null,
    raised_by         uuid,
    changed_at        timestamptz not null,
    version           integer     not null default 0,
    check ((provider_stance is null) = (provider_response is null))
);

create index performance_issue_of_council on performance_issue (held_by, status, raised_at desc);
create index performance_issue_of_provider on performance_issue (provider_id, raised_at desc);

create table performance_issue_event (
    id          uuid        primary key,
    issue_id    uuid        not null references performance_issue (id),
    held_by     uuid        not null,
    provider_id uuid        not null,
    step        text        not null,
    from_status text,
    to_status   text        not null,
    note        text        check (length(note) <= 4000),
    acted_by    uuid,
    -- The organisation the person acted for: the council, or the provider.
    acted_for   uuid        not null,
    acted_at    timestamptz not null
);

create index performance_issue_event_of on performance_issue_event (issue_id, acted_at);

create table performance_sanction (
    id                 uuid           primary key,
    issue_id           uuid           not null references performance_issue (id),
    held_by            uuid           not null,
    provider_id        uuid           not null,
    kind               text           not null check (kind in ('DEFAULT_NOTICE', 'DEDUCTION', 'SUSPENSION',
        'TERMINATION')),
    reason             text           not null check (length(btrim(reason)) between 1 and 4000),
    -- A default notice: what the provider must put right, and by when.
    remedy             text           check (length(remedy) <= 4000),
    remedy_by          date,
    -- A deduction: how much, from which month, and the deduction payments took it as.
    amount             numeric(19, 2) check (amount > 0),
    from_date          date,
    until_date         date,
    deduction_id       uuid,
    imposed_at         timestamptz    not null,
    imposed_by         uuid,
    check (kind <> 'DEFAULT_NOTICE' or (remedy is not null and remedy_by is not null)),
    check (kind <> 'DEDUCTION' or (amount is not null and from_date is not null and deduction_id is not null)),
    check (kind <> 'SUSPENSION' or from_date is not null),
    check (kind <> 'TERMINATION' or from_date is not null)
);

create index performance_sanction_of on performance_sanction (issue_id, imposed_at);

insert into append_only_table (table_name, declared_by) values ('performance_issue_event', 'monitoring');
insert into append_only_table (table_name, declared_by) values ('performance_sanction', 'monitoring');

alter table performance_issue enable row level security;
alter table performance_issue force row level security;
create policy performance_issue_held on performance_issue
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
-- The provider reads the issues about it and, through the service's steps alone, responds, agrees or disputes a
-- plan and marks its actions done.
create policy performance_issue_read_by_provider on performance_issue for select to "${grantsRole}"
    using (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
create policy performance_issue_answered_by_provider on performance_issue for update to "${grantsRole}"
    using (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid);

alter table performance_issue_event enable row level security;
alter table performance_issue_event force row level security;
create policy performance_issue_event_held on performance_issue_event
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
create policy performance_issue_event_read_by_provider on performance_issue_event for select to "${grantsRole}"
    using (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
create policy performance_issue_event_by_provider on performance_issue_event for insert to "${grantsRole}"
    with check (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid
                and acted_for = provider_id
                and step in ('RESPONDED', 'CAP_AGREED', 'CAP_DISPUTED', 'ACTION_DONE')
                and exists (select 1 from performance_issue i
                            where i.id = issue_id and i.provider_id = performance_issue_event.provider_id
                              and i.held_by = performance_issue_event.held_by));

alter table performance_sanction enable row level security;
alter table performance_sanction force row level security;
create policy performance_sanction_held on performance_sanction
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
create policy performance_sanction_read_by_provider on performance_sanction for select to "${grantsRole}"
    using (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid);

-- What the provider's own connection may change of an issue about it, whatever the application does: its response,
-- its answer to a plan put to it (agreed, or disputed back to a draft), and actions marked done. Everything the council
-- wrote stays as it wrote it.
create function performance_issue_answered_only() returns trigger language plpgsql as $$
begin
    if new.provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid
       and old.held_by <> old.provider_id then
        if (new.held_by, new.provider_id, new.contract_id, new.measure_id, new.title, new.description,
            new.seriousness, new.risks, new.contract_breached, new.relationship, new.route, new.cap_monitoring,
            new.cap_support, new.cap_review_on, new.raised_at, new.raised_by)
           is distinct from
           (old.held_by, old.provider_id, old.contract_id, old.measure_id, old.title, old.description,
            old.seriousness, old.risks, old.contract_breached, old.relationship, old.route, old.cap_monitoring,
            old.cap_support, old.cap_review_on, old.raised_at, old.raised_by)
           or (select coalesce(jsonb_agg(a - 'doneOn' - 'doneNote'), '[]') from jsonb_array_elements(new.cap_actions) a)
              is distinct from
              (select coalesce(jsonb_agg(a - 'doneOn' - 'doneNote'), '[]') from jsonb_array_elements(old.cap_actions) a)
           or (new.status <> old.status
               and not (old.status = 'CAP_PROPOSED' and new.status in ('CAP_AGREED', 'CAP_DRAFT'))) then
            raise exception 'a provider answers an issue; it does not rewrite it'
                using errcode = 'check_violation', constraint = 'performance_issue_answered_only';
        end if;
    end if;
    return new;
end
$$;
create trigger performance_issue_answered_only before update on performance_issue
    for each row execute function performance_issue_answered_only();
