-- A national month's payment runs store some 800,000 lines. The four foreign keys checked each line's references
-- one at a time, and the trigger keeping approved runs' lines fixed ran once for each line deleted: together most
-- of the time a run took to store (docs/performance.md, issue 12). Both rules now hold per statement, over all the
-- rows it wrote, with the same effect.

alter table payment_run_line
    drop constraint payment_run_line_run_id_fkey,
    drop constraint payment_run_line_contract_id_fkey,
    drop constraint payment_run_line_agreement_id_fkey,
    drop constraint payment_run_line_claim_id_fkey;

-- Every run, contract, agreement and claim a statement's lines name exists (and is the council's own, as the
-- council's row policies show it only its own agreements and claims).
create function payment_run_line_refers() returns trigger language plpgsql as $$
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
                    and not exists (select 1 from outcome_claim c where c.id = n.claim_id)) then
        raise exception 'a payment run line names a run, contract, agreement or claim that does not exist'
            using errcode = '23503', constraint = 'payment_run_line_refers';
    end if;
    return null;
end
$$;

create trigger payment_run_line_refers_on_insert after insert on payment_run_line
    referencing new table as new_lines for each statement execute function payment_run_line_refers();
create trigger payment_run_line_refers_on_update after update on payment_run_line
    referencing new table as new_lines for each statement execute function payment_run_line_refers();

-- What lines name is kept, as the foreign keys kept it: nothing in Cylch deletes a run, a contract, an agreement or
-- a claim (public money is accounted for), and the database refuses to, or to change one's id.
create function payment_run_line_named_kept() returns trigger language plpgsql as $$
begin
    raise exception '% records are kept: payment run lines may name them', tg_table_name
        using errcode = '23503', constraint = 'payment_run_line_named_kept';
end
$$;

do $$
declare
    named text;
begin
    foreach named in array array['payment_run', 'contract', 'service_agreement', 'outcome_claim'] loop
        execute format('create trigger %1$s_kept before delete or truncate on %1$I '
                       'for each statement execute function payment_run_line_named_kept()', named);
        execute format('create trigger %1$s_id_kept before update of id on %1$I '
                       'for each row when (old.id is distinct from new.id) '
                       'execute function payment_run_line_named_kept()', named);
    end loop;
end
$$;

-- Lines of a run that is no longer only prepared never change: checked once a statement, not once a line.
drop trigger payment_run_line_fixed on payment_run_line;

create or replace function payment_run_line_fixed() returns trigger language plpgsql as $$
declare
    fixed uuid;
begin
    select r.id into fixed
    from (select distinct run_id from old_lines) o join payment_run r on r.id = o.run_id
    where r.status <> 'PREPARED'
    limit 1;
    if fixed is not null then
        raise exception 'the lines of payment run % are approved and cannot change', fixed
            using errcode = '23514', constraint = 'payment_run_line_fixed';
    end if;
    return null;
end
$$;

create trigger payment_run_line_fixed_on_delete after delete on payment_run_line
    referencing old table as old_lines for each statement execute function payment_run_line_fixed();
create trigger payment_run_line_fixed_on_update after update on payment_run_line
    referencing old table as old_lines for each statement execute function payment_run_line_fixed();

-- The index by agreement served the foreign key to agreements alone (no query reads lines by agreement) and cost a
-- third of the time to store a run's lines, each landing on a random page of it.
drop index payment_run_line_by_agreement;

-- What posted runs paid by results, read by every run (PaymentRunRecords.paidBefore): one line in fifteen.
create index payment_run_line_paid_by_results on payment_run_line (held_by)
    include (run_id, contract_id, agreement_id, kind, outcome, amount)
    where status = 'PAID' and kind in ('UPFRONT', 'OUTCOME');

-- The verified claims a run pays, in the order it reads them (OutcomeClaims.verified).
create index outcome_claim_verified on outcome_claim (held_by, agreement_id, achieved_on, id)
    include (outcome, sustained_until)
    where status = 'VERIFIED';

-- Providers act through the grants role (ScopedDataSource), so their policies are that role's alone. A council's
-- queries then carry the holder's policy only: joined by OR with a provider's, it kept the two indexes above from
-- being used, and a run read the council's verified claims and what it paid before at several times the cost.
alter policy outcome_claim_seen_by_provider on outcome_claim to "${grantsRole}";
alter policy outcome_claim_made_by_provider on outcome_claim to "${grantsRole}";
alter policy outcome_claim_resubmitted_by_provider on outcome_claim to "${grantsRole}";
alter policy outcome_claim_event_of_provider on outcome_claim_event to "${grantsRole}";
alter policy payment_run_line_read_by_provider on payment_run_line to "${grantsRole}";
alter policy payment_run_remittance_read_by_provider on payment_run_remittance to "${grantsRole}";
alter policy rate_card_read_by_supplier on rate_card to "${grantsRole}";
alter policy investor_commitment_read_by_supplier on investor_commitment to "${grantsRole}";
