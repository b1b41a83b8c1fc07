-- Electronic call monitoring: the visits a provider planned under each service agreement, and when each started and
-- ended (or who cancelled it), imported from the provider's system a day or more at a time. A visit's status (on
-- time, early, late, short, missed, cancelled) is derived from these facts, never stored: the rule is VisitStatus.
--
-- An import is whole or nothing: the file is copied into a staging table, matched to the provider's agreements and
-- checked in one transaction, and only a file with no problems writes visits. A refused import is recorded too, with
-- its count of problems and no visits.
create table visit_import (
    id           uuid        primary key,
    provider_id  uuid        not null,
    -- The councils holding the agreements its visits were matched to: they read the import.
    councils     uuid[]      not null,
    file_name    text        not null check (length(file_name) <= 200),
    channel      text        not null check (channel in ('UPLOAD', 'API')),
    status       text        not null check (status in ('IMPORTED', 'REFUSED')),
    rows         integer     not null check (rows >= 0),
    -- Visits sent again: the earlier rows for those references are marked replaced by this import.
    replaced     integer     not null default 0 check (replaced >= 0),
    problems     integer     not null default 0 check (problems >= 0),
    first_day    date,
    last_day     date,
    imported_at  timestamptz not null,
    imported_by  uuid,
    check ((status = 'IMPORTED') = (problems = 0)),
    check (status = 'REFUSED' or (rows > 0 and first_day is not null and last_day >= first_day))
);

create index visit_import_of_provider on visit_import (provider_id, imported_at desc);
create index visit_import_of_council on visit_import using gin (councils);

insert into append_only_table (table_name, declared_by) values ('visit_import', 'monitoring');

create table visit (
    id                   bigint      generated always as identity primary key,
    held_by              uuid        not null,
    provider_id          uuid        not null,
    contract_id          uuid        not null,
    service_agreement_id uuid        not null references service_agreement (id),
    -- The provider's own reference for the visit, unique per provider among visits not replaced.
    visit_reference      text        not null check (length(visit_reference) between 1 and 100),
    planned_start        timestamptz not null,
    planned_minutes      integer     not null check (planned_minutes between 1 and 1440),
    actual_start         timestamptz,
    actual_end           timestamptz,
    cancelled_by         text        check (cancelled_by in ('PERSON', 'PROVIDER')),
    -- The import that brought it, and the one that replaced it. No foreign keys: the same transaction writes the
    -- import and its visits, and a national day would pay 800,000 look-ups for them (docs/performance.md).
    import_id            uuid        not null,
    replaced_by          uuid,
    created_at           timestamptz not null,
    check ((actual_start is null) = (actual_end is null)),
    check (actual_end >= actual_start),
    check (cancelled_by is null or actual_start is null)
);

-- Re-sending a day does not count a visit twice: the earlier row for a reference is replaced (kept, marked).
create unique index visit_current_reference on visit (provider_id, visit_reference) where replaced_by is null;
-- The computation and the council's summary read a council's visits by planned time; the provider's and an
-- agreement's pages read theirs by day.
create index visit_of_council on visit (held_by, planned_start) where replaced_by is null;
create index visit_of_provider on visit (provider_id, planned_start) where replaced_by is null;
create index visit_of_agreement on visit (service_agreement_id, planned_start) where replaced_by is null;

-- A visit is kept as sent: the only change is marking it replaced, once; none is deleted.
create function visit_kept_as_sent() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'a visit is kept as sent; send it again to replace it';
    end if;
    if old.replaced_by is not null or new.replaced_by is null
            or (to_jsonb(new) - 'replaced_by') is distinct from (to_jsonb(old) - 'replaced_by') then
        raise exception 'a visit is kept as sent; only its replacement is recorded';
    end if;
    return new;
end $$;

create trigger visit_kept_as_sent before update or delete on visit
    for each row execute function visit_kept_as_sent();

alter table visit_import enable row level security;
alter table visit_import force row level security;
create policy visit_import_read_by_council on visit_import for select
    using (nullif(current_setting('cylch.organisation_id', true), '')::uuid = any (councils));
create policy visit_import_read_by_provider on visit_import for select to "${grantsRole}"
    using (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
create policy visit_import_by_provider on visit_import for insert to "${grantsRole}"
    with check (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid);

alter table visit enable row level security;
alter table visit force row level security;
create policy visit_read_by_council on visit for select
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
create policy visit_read_by_provider on visit for select to "${grantsRole}"
    using (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
create policy visit_by_provider on visit for insert to "${grantsRole}"
    with check (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
create policy visit_replaced_by_provider on visit for update to "${grantsRole}"
    using (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
