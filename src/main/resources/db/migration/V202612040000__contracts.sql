-- Contracts a council or health board lets: the route it was procured by, its model, term, values, lots, parties,
-- the outcomes it is for, what inputs and outputs are still required for quality assurance, and payment terms.
-- A contract's terms are versioned: each variation (and each provider admitted to a dynamic purchasing system) is a
-- new contract_version with its reason, appended and never changed. contract, contract_party and contract_lot hold
-- the terms in force, projected from the latest version, so that brokerage can ask quickly which providers are on a
-- live contract covering a service in an area.
create table contract (
    id                uuid          primary key,
    held_by           uuid          not null,
    reference         text          not null check (length(btrim(reference)) between 1 and 60),
    route             text          not null check (route in ('BLOCK_CONTRACT', 'FRAMEWORK_AGREEMENT',
        'DYNAMIC_PURCHASING_SYSTEM', 'CALL_OFF', 'SPOT_PURCHASE', 'SERVICE_LEVEL_AGREEMENT', 'GRANT')),
    -- A call-off is made under a framework agreement or a dynamic purchasing system of the same commissioner.
    parent_id         uuid          references contract (id),
    call_off_method   text          check (call_off_method in ('DIRECT_AWARD', 'MINI_COMPETITION')),
    current_version   integer       not null check (current_version >= 1),
    title             text          not null,
    model             text          not null check (model in ('OUTCOME_BASED_CARE_PLANNING', 'PAYMENT_BY_RESULTS',
        'POPULATION_ACCOUNTABILITY')),
    start_date        date          not null,
    end_date          date          not null,
    estimated_value   numeric(19, 2) not null check (estimated_value >= 0),
    maximum_value     numeric(19, 2) not null check (maximum_value >= estimated_value),
    created_at        timestamptz   not null,
    created_by        uuid,
    changed_at        timestamptz   not null,
    changed_by        uuid,
    constraint contract_reference_unique unique (held_by, reference),
    constraint contract_call_off check ((route = 'CALL_OFF') = (parent_id is not null and call_off_method is not null)),
    constraint contract_term check (end_date >= start_date)
);

create index contract_by_holder on contract (held_by, start_date desc);
create index contract_by_parent on contract (parent_id) where parent_id is not null;

create table contract_version (
    contract_id uuid        not null references contract (id),
    number      integer     not null check (number >= 1),
    held_by     uuid        not null,
    -- ContractTerms as JSON: everything the version says, so that any version can be shown or exported as it was.
    terms       jsonb       not null,
    reason      text        not null check (length(btrim(reason)) > 0),
    made_at     timestamptz not null,
    made_by     uuid,
    primary key (contract_id, number)
);

create table contract_party (
    contract_id     uuid not null references contract (id),
    organisation_id uuid not null,
    role            text not null check (role in ('SUPPLIER', 'CONSORTIUM_MEMBER')),
    -- For a consortium's members: the consortium that is the supplier.
    member_of       uuid,
    primary key (contract_id, organisation_id),
    constraint contract_party_member check ((role = 'CONSORTIUM_MEMBER') = (member_of is not null))
);

create index contract_party_by_organisation on contract_party (organisation_id);

create table contract_lot (
    contract_id uuid    not null references contract (id),
    number      integer not null check (number >= 1),
    title       text    not null,
    -- Service codes (market/services.psv) and area codes the lot covers; empty means every one.
    services    text[]  not null,
    areas       text[]  not null,
    primary key (contract_id, number)
);

insert into append_only_table (table_name, declared_by) values ('contract_version', 'contracts');
