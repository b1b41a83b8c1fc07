-- Deductions from a provider's payments for poor performance, where its contract allows them (the monitoring module
-- checks the contract's power before it asks). A council's commissioner imposes one under a contract the council
-- let, from a month on; it waits (PENDING) until a payment run for that month or a later one is posted, which takes
-- it (TAKEN, naming the run) as a negative line of its own. Until then the commissioner may withdraw it, with a
-- reason. The council sees its own; a provider reads those made from its payments, by every council.
create table payment_deduction (
    id               uuid           primary key,
    held_by          uuid           not null,
    provider_id      uuid           not null,
    contract_id      uuid           not null references contract (id),
    amount           numeric(19, 2) not null check (amount > 0),
    from_month       date           not null check (extract(day from from_month) = 1),
    reason           text           not null check (length(btrim(reason)) > 0 and length(reason) <= 4000),
    -- What it was imposed for (a performance issue, say): opaque to payments.
    source_id        uuid,
    imposed_by       uuid,
    imposed_at       timestamptz    not null,
    status           text           not null default 'PENDING'
                                    check (status in ('PENDING', 'TAKEN', 'WITHDRAWN')),
    taken_by_run     uuid           references payment_run (id),
    withdrawn_by     uuid,
    withdrawn_at     timestamptz,
    withdrawn_reason text           check (length(btrim(withdrawn_reason)) > 0 and length(withdrawn_reason) <= 4000),
    version          bigint         not null default 0,
    constraint payment_deduction_taken check ((status = 'TAKEN') = (taken_by_run is not null)),
    constraint payment_deduction_withdrawn check ((status = 'WITHDRAWN')
                                                  = (withdrawn_at is not null and withdrawn_reason is not null))
);

-- What a run takes: the council's pending deductions up to its month.
create index payment_deduction_pending on payment_deduction (held_by, from_month) where status = 'PENDING';
create index payment_deduction_by_provider on payment_deduction (provider_id, held_by);
create index payment_deduction_by_source on payment_deduction (source_id) where source_id is not null;

-- Only a pending deduction changes, and only to be taken or withdrawn: what was imposed stays as imposed.
create function payment_deduction_settled() returns trigger language plpgsql as $$
begin
    if old.status <> 'PENDING'
       or (new.held_by, new.provider_id, new.contract_id, new.amount, new.from_month, new.reason, new.source_id,
           new.imposed_by, new.imposed_at)
          is distinct from (old.held_by, old.provider_id, old.contract_id, old.amount, old.from_month, old.reason,
                            old.source_id, old.imposed_by, old.imposed_at) then
        raise exception 'deduction % is %: only a pending deduction changes, to be taken or withdrawn', old.id,
            old.status using errcode = '23514', constraint = 'payment_deduction_settled';
    end if;
    return new;
end
$$;

create trigger payment_deduction_settled before update on payment_deduction
    for each row execute function payment_deduction_settled();

alter table payment_deduction enable row level security;
alter table payment_deduction force row level security;
create policy payment_deduction_held on payment_deduction
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
-- Providers act through the grants role (V202612041110): the council's reads keep its own policy alone.
create policy payment_deduction_read_by_provider on payment_deduction for select to "${grantsRole}"
    using (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid);

-- A run's line taking a deduction names it; only such a line is of the kind.
alter table payment_run_line add column deduction_id uuid;
alter table payment_run_line drop constraint payment_run_line_kind_check;
alter table payment_run_line add constraint payment_run_line_kind_check
    check (kind in ('FIXED', 'SERVICE', 'UPFRONT', 'OUTCOME', 'DEDUCTION'));
alter table payment_run_line add constraint payment_run_line_deduction
    check ((kind = 'DEDUCTION') = (deduction_id is not null));
-- A run takes a deduction once (few lines are deductions, so the index costs the other lines nothing to store).
create unique index payment_run_line_deduction_once on payment_run_line (deduction_id, run_id)
    where deduction_id is not null;

-- Every run, contract, agreement, claim and deduction a statement's lines name exists (and is the council's own).
create or replace function payment_run_line_refers() returns trigger language plpgsql as $$
begin
    if exists (select 1 from (select distinct run_id from new_lines) n
               where not exists (select 1 from payment_run r where r.id = n.run_id))
       or exists (select 1 from (select distinct contract_id from new_lines) n
                  where not exists (select 1 from contract c where c.id = n.contract_id))
       or exists (select 1 from new_lines n
                  where n.agreement_id is not null
                    and not exists (select 1 from service_agreement a where a.id = n.agreement_id))
       or exists (select 1 from new_lines n
                  where n.claim_id is not null
                    and not exists (select 1 from outcome_claim c where c.id = n.claim_id))
       or exists (select 1 from new_lines n
                  where n.deduction_id is not null
                    and not exists (select 1 from payment_deduction d where d.id = n.deduction_id)) then
        raise exception 'a payment run line names a run, contract, agreement, claim or deduction that does not exist'
            using errcode = '23503', constraint = 'payment_run_line_refers';
    end if;
    return null;
end
$$;

-- What lines name is kept: a deduction is never deleted, nor its id changed.
create trigger payment_deduction_kept before delete or truncate on payment_deduction
    for each statement execute function payment_run_line_named_kept();
create trigger payment_deduction_id_kept before update of id on payment_deduction
    for each row when (old.id is distinct from new.id) execute function payment_run_line_named_kept();
