-- What a council plans to spend under each contract in a financial year (April to March), against which the payment
-- runs' spend is shown. Two kinds of figure, kept, never changed (append-only):
--   BUDGET      the year's budget for the contract; revised by a new row (the latest counts, the history stays);
--   ANTICIPATED the outcome payments anticipated for the year when the contract was let; recorded once a year and
--               never revised, so that what providers are paid can be held against what was expected.
create table contract_spend_plan (
    id             uuid           primary key,
    held_by        uuid           not null,
    contract_id    uuid           not null references contract (id),
    financial_year integer        not null check (financial_year between 2000 and 2100),
    kind           text           not null check (kind in ('BUDGET', 'ANTICIPATED')),
    amount         numeric(19, 2) not null check (amount >= 0),
    reason         text           not null check (length(btrim(reason)) > 0),
    recorded_at    timestamptz    not null,
    recorded_by    uuid
);

create index contract_spend_plan_by_year on contract_spend_plan (held_by, financial_year, contract_id, recorded_at);
create unique index contract_spend_plan_anticipated_once on contract_spend_plan (contract_id, financial_year)
    where kind = 'ANTICIPATED';

insert into append_only_table (table_name, declared_by) values ('contract_spend_plan', 'payments');

alter table contract_spend_plan enable row level security;
alter table contract_spend_plan force row level security;
create policy contract_spend_plan_held on contract_spend_plan
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
