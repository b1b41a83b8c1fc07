-- Social impact bonds: investors' commitments to a payment-by-results contract. Investors pay up front and are repaid
-- by the contract's outcome payments, shared pro rata to what each committed (the payments module works the flows
-- out from posted payment runs; nothing of them is stored). Append-only: a commitment recorded is never changed or
-- deleted. The commissioner that let the contract records them; the contract's suppliers, and providers supporting
-- people under it, read them (commercial terms they are party to), no one else.
create table investor_commitment (
    id             uuid           primary key,
    held_by        uuid           not null,
    contract_id    uuid           not null references contract (id),
    investor_name  text           not null check (length(btrim(investor_name)) between 1 and 200),
    investor_kind  text           not null check (investor_kind in ('SOCIAL_INVESTMENT_FUND', 'TRUST_OR_FOUNDATION',
                                                                    'BANK', 'INDIVIDUAL')),
    amount         numeric(19, 2) not null check (amount > 0),
    committed_on   date           not null,
    recorded_at    timestamptz    not null,
    recorded_by    uuid
);

create index investor_commitment_by_contract on investor_commitment (contract_id, committed_on);

insert into append_only_table (table_name, declared_by) values ('investor_commitment', 'payments');

alter table investor_commitment enable row level security;
alter table investor_commitment force row level security;
create policy investor_commitment_held on investor_commitment
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
create policy investor_commitment_read_by_supplier on investor_commitment for select
    using (exists (select 1 from contract_party p
                   where p.contract_id = investor_commitment.contract_id
                     and p.organisation_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
           or exists (select 1 from service_agreement a
                      where a.contract_id = investor_commitment.contract_id
                        and a.provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid));
