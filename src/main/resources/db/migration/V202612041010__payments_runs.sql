-- The council's monthly payment runs. A run is prepared (worked out from the month's contracts, agreements, verified
-- claims and what earlier runs paid), approved by one finance officer, or two over a threshold, each approval bound
-- to the lines as they were approved (their digest), then posted to the ledger one provider at a time (each
-- posting's source names the run and the provider, so a restarted posting never posts twice) and exported as the
-- payment file and remittances. One run a month; months in order. A prepared run may be worked out again until it
-- is approved; from then on its lines are fixed, and a correction is a line of a later run, never an edit.
create table payment_run (
    id          uuid           primary key,
    held_by     uuid           not null,
    month       date           not null check (extract(day from month) = 1),
    status      text           not null check (status in ('PREPARED', 'APPROVED', 'POSTED', 'EXPORTED')),
    total       numeric(19, 2) not null,
    lines_digest text          not null,
    approvals_needed integer   not null check (approvals_needed in (1, 2)),
    prepared_at timestamptz    not null,
    prepared_by uuid,
    posted_at   timestamptz,
    posted_by   uuid,
    exported_at timestamptz,
    exported_by uuid,
    export_digest text,
    version     bigint         not null default 0,
    constraint payment_run_month_once unique (held_by, month)
);

create table payment_run_line (
    run_id           uuid           not null references payment_run (id),
    number           integer        not null check (number >= 1),
    held_by          uuid           not null,
    provider_id      uuid           not null,
    contract_id      uuid           not null references contract (id),
    agreement_id     uuid           references service_agreement (id),
    kind             text           not null check (kind in ('FIXED', 'SERVICE', 'UPFRONT', 'OUTCOME')),
    outcome          text,
    claim_id         uuid           references outcome_claim (id),
    amount           numeric(19, 2) not null,
    status           text           not null check (status in ('PAID', 'HELD_BACK', 'REFUSED')),
    reason_code      text,
    reason_arguments jsonb,
    primary key (run_id, number)
);

create index payment_run_line_by_provider on payment_run_line (provider_id, run_id);
create index payment_run_line_by_agreement on payment_run_line (agreement_id) where agreement_id is not null;

create table payment_run_approval (
    run_id      uuid        not null references payment_run (id),
    held_by     uuid        not null,
    approved_by uuid        not null,
    approved_at timestamptz not null,
    -- The lines' digest the approver saw: a run worked out again needs approving again.
    lines_digest text       not null,
    primary key (run_id, approved_by)
);

insert into append_only_table (table_name, declared_by) values ('payment_run_approval', 'payments');

-- Lines of a run that is no longer only prepared never change (a prepared run's lines are replaced when it is
-- worked out again).
create function payment_run_line_fixed() returns trigger language plpgsql as $$
begin
    if exists (select 1 from payment_run r where r.id = old.run_id and r.status <> 'PREPARED') then
        raise exception 'the lines of payment run % are approved and cannot change', old.run_id
            using errcode = '23514', constraint = 'payment_run_line_fixed';
    end if;
    return old;
end
$$;

create trigger payment_run_line_fixed before update or delete on payment_run_line
    for each row execute function payment_run_line_fixed();

alter table payment_run enable row level security;
alter table payment_run force row level security;
create policy payment_run_held on payment_run
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
-- A provider reads the runs that pay it, once posted (its remittances), and only its own lines of them.
create policy payment_run_read_by_provider on payment_run for select
    using (status in ('POSTED', 'EXPORTED')
           and exists (select 1 from payment_run_line l
                       where l.run_id = payment_run.id
                         and l.provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid));
alter table payment_run_line enable row level security;
alter table payment_run_line force row level security;
create policy payment_run_line_held on payment_run_line
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
create policy payment_run_line_read_by_provider on payment_run_line for select
    using (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
alter table payment_run_approval enable row level security;
alter table payment_run_approval force row level security;
create policy payment_run_approval_held on payment_run_approval
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
