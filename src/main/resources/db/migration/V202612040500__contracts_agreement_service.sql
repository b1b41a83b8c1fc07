-- A service agreement is for one service (a code from contracts/services.psv): home care, reablement, community
-- support. Market analysis groups commissioned hours by it, and brokerage awards a request for one service.
-- Agreements made before this take the first service of their contract's first lot that names one, else home care.
alter table service_agreement add column service text;

-- The owner is subject to the forced row-level security, which would hide every row from this update.
alter table service_agreement no force row level security;
update service_agreement a
set service = coalesce((select l.services[1] from contract_lot l
                        where l.contract_id = a.contract_id and cardinality(l.services) > 0
                        order by l.number limit 1), 'home-care');
alter table service_agreement force row level security;

alter table service_agreement alter column service set not null;
