-- Providers' periodic returns: one per council, provider, frequency and period, each accepted whole (its values are
-- recorded in the same transaction) or not at all. A return sent again for the same period is kept too, naming the
-- one it replaces, and its values correct the earlier ones. Chasing a missing or late return is recorded, and the
-- provider sees it.
create table provider_return (
    id           uuid        primary key,
    held_by      uuid        not null,
    provider_id  uuid        not null,
    frequency    text        not null check (frequency in ('MONTHLY', 'QUARTERLY', 'ANNUAL')),
    period_start date        not null,
    channel      text        not null check (channel in ('FORM', 'CSV', 'XLSX', 'API')),
    rows         integer     not null check (rows > 0),
    replaces     uuid        references provider_return (id),
    reason       text        check (length(btrim(reason)) between 1 and 2000),
    submitted_at timestamptz not null,
    submitted_by uuid,
    late         boolean     not null,
    check ((replaces is null) = (reason is null))
);

create unique index provider_return_first_once on provider_return (held_by, provider_id, frequency, period_start)
    where replaces is null;
create unique index provider_return_replaced_once on provider_return (replaces) where replaces is not null;
create index provider_return_of_council on provider_return (held_by, frequency, period_start);
create index provider_return_of_provider on provider_return (provider_id, held_by, frequency, period_start);

create table provider_return_chase (
    id           uuid        primary key,
    held_by      uuid        not null,
    provider_id  uuid        not null,
    frequency    text        not null check (frequency in ('MONTHLY', 'QUARTERLY', 'ANNUAL')),
    period_start date        not null,
    note         text        not null check (length(btrim(note)) between 1 and 2000),
    chased_at    timestamptz not null,
    chased_by    uuid
);

create index provider_return_chase_of on provider_return_chase (held_by, provider_id, frequency, period_start);

insert into append_only_table (table_name, declared_by) values ('provider_return', 'monitoring');
insert into append_only_table (table_name, declared_by) values ('provider_return_chase', 'monitoring');

-- The values a return recorded name it.
alter table measure_value add column return_id uuid references provider_return (id);
create index measure_value_of_return on measure_value (return_id) where return_id is not null;

alter table provider_return enable row level security;
alter table provider_return force row level security;
create policy provider_return_held on provider_return
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
create policy provider_return_read_by_provider on provider_return for select to "${grantsRole}"
    using (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
create policy provider_return_sent_by_provider on provider_return for insert to "${grantsRole}"
    with check (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid);

alter table provider_return_chase enable row level security;
alter table provider_return_chase force row level security;
create policy provider_return_chase_held on provider_return_chase
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
create policy provider_return_chase_read_by_provider on provider_return_chase for select to "${grantsRole}"
    using (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid);

-- A provider reads the measures of councils it supplies under a contract that are about providers (all of them, or
-- itself), the targets set for all providers or for itself, and its own values and alerts; it records its own values
-- (through returns) and the alerts they raise. Through the grants role only, so councils' queries keep their plans.
create policy measure_read_by_provider on measure for select to "${grantsRole}"
    using (attachment = 'PROVIDER'
           and (subject is null or subject = current_setting('cylch.organisation_id', true))
           and exists (select 1 from contract_party p join contract c on c.id = p.contract_id
                       where c.held_by = measure.held_by
                         and p.organisation_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid));
create policy measure_target_read_by_provider on measure_target for select to "${grantsRole}"
    using (subject in ('', current_setting('cylch.organisation_id', true))
           and exists (select 1 from measure m where m.id = measure_target.measure_id));
create policy measure_value_read_by_provider on measure_value for select to "${grantsRole}"
    using (subject = current_setting('cylch.organisation_id', true)
           and exists (select 1 from measure m where m.id = measure_value.measure_id));
create policy measure_value_returned_by_provider on measure_value for insert to "${grantsRole}"
    with check (subject = current_setting('cylch.organisation_id', true) and origin = 'RETURNED'
                and return_id is not null
                and exists (select 1 from measure m where m.id = measure_value.measure_id and m.source = 'RETURNED'
                            and m.held_by = measure_value.held_by));
create policy measure_alert_read_by_provider on measure_alert for select to "${grantsRole}"
    using (subject = current_setting('cylch.organisation_id', true));
create policy measure_alert_raised_by_provider on measure_alert for insert to "${grantsRole}"
    with check (subject = current_setting('cylch.organisation_id', true));
