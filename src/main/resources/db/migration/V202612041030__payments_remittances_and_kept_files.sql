-- A provider reads a payment run only through its remittance: one row per provider paid (or held back) by a posted
-- run, made as its posting is made. Before, the provider's policy on the lines could not ask whether the run was
-- posted (a policy on the lines reading the runs, whose policy reads the lines, recurses), so a provider's connection
-- could read its lines of a run still being prepared, and every posted run's row with the council's total.
create table payment_run_remittance (
    run_id      uuid        not null references payment_run (id),
    held_by     uuid        not null,
    provider_id uuid        not null,
    month       date        not null check (extract(day from month) = 1),
    posted_at   timestamptz not null,
    primary key (run_id, provider_id)
);

create index payment_run_remittance_by_provider on payment_run_remittance (provider_id, month desc);

insert into append_only_table (table_name, declared_by) values ('payment_run_remittance', 'payments');

-- The owner is subject to the forced row-level security, which would hide every row from this copy.
alter table payment_run no force row level security;
alter table payment_run_line no force row level security;
insert into payment_run_remittance (run_id, held_by, provider_id, month, posted_at)
select distinct l.run_id, l.held_by, l.provider_id, r.month, r.posted_at
from payment_run_line l join payment_run r on r.id = l.run_id
where r.status in ('POSTED', 'EXPORTED');
alter table payment_run force row level security;
alter table payment_run_line force row level security;

alter table payment_run_remittance enable row level security;
alter table payment_run_remittance force row level security;
create policy payment_run_remittance_held on payment_run_remittance
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
create policy payment_run_remittance_read_by_provider on payment_run_remittance for select
    using (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid);

drop policy payment_run_read_by_provider on payment_run;
drop policy payment_run_line_read_by_provider on payment_run_line;
create policy payment_run_line_read_by_provider on payment_run_line for select
    using (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid
           and exists (select 1 from payment_run_remittance m
                       where m.run_id = payment_run_line.run_id and m.provider_id = payment_run_line.provider_id));

-- The payment file as first exported, kept: exported again it is the same bytes, whatever has changed since (a
-- provider renamed, say), and its digest is checked on every export. Runs exported before have none kept; theirs is
-- made again and must match the digest.
alter table payment_run add column export_file bytea;
