-- Procurements (tenders) a council or health board runs, from draft to award: the route they lead to (a block
-- contract or a framework agreement), the model, lots, published evaluation criteria with their weights, the closing
-- time for bids, the standstill, the evaluators and the moderator, and the terms of the contract the award lets.
-- Criteria and weights are fixed from publication. Procurements are not personal data and, like contracts, have no
-- row-level security: ProcurementManagement decides who may ask, and every read names whose it wants.
create table procurement (
    id                    uuid          primary key,
    held_by               uuid          not null,
    reference             text          not null check (length(btrim(reference)) between 1 and 60),
    title                 text          not null check (length(btrim(title)) between 1 and 200),
    description           text,
    route                 text          not null check (route in ('BLOCK_CONTRACT', 'FRAMEWORK_AGREEMENT')),
    model                 text          not null check (model in ('OUTCOME_BASED_CARE_PLANNING', 'PAYMENT_BY_RESULTS',
        'POPULATION_ACCOUNTABILITY')),
    closes_at             timestamptz   not null,
    standstill_days       integer       not null check (standstill_days between 1 and 30),
    moderator_id          uuid          not null,
    contract_start        date          not null,
    contract_end          date          not null,
    outcome_statements    text[]        not null,
    outcome_share_percent numeric(5, 2) check (outcome_share_percent > 0 and outcome_share_percent <= 100),
    status                text          not null check (status in ('DRAFT', 'PUBLISHED', 'AWARDED', 'CONCLUDED')),
    published_at          timestamptz,
    -- A withdrawn award starts a new round; procurement_award keeps every round.
    award_round           integer       not null default 0,
    awarded_on            date,
    standstill_last_day   date,
    -- The contracts the award let, once concluded.
    contract_ids          uuid[]        not null default '{}',
    created_at            timestamptz   not null,
    created_by            uuid,
    changed_at            timestamptz   not null,
    changed_by            uuid,
    version               bigint        not null default 0,
    constraint procurement_reference_unique unique (held_by, reference),
    constraint procurement_contract_term check (contract_end >= contract_start),
    constraint procurement_published check ((status = 'DRAFT') = (published_at is null)),
    constraint procurement_awarded check (status <> 'AWARDED' or standstill_last_day is not null)
);

create index procurement_by_holder on procurement (held_by, created_at desc);
create index procurement_open on procurement (closes_at) where status = 'PUBLISHED';

create table procurement_lot (
    procurement_id uuid    not null references procurement (id),
    number         integer not null check (number >= 1),
    title          text    not null,
    services       text[]  not null,
    areas          text[]  not null,
    primary key (procurement_id, number)
);

create table procurement_criterion (
    procurement_id uuid    not null references procurement (id),
    number         integer not null check (number >= 1),
    title          text    not null,
    kind           text    not null check (kind in ('QUALITY', 'OUTCOMES', 'SOCIAL_VALUE', 'PRICE')),
    weight         integer not null check (weight between 1 and 100),
    guidance       text,
    primary key (procurement_id, number)
);

create table procurement_evaluator (
    procurement_id uuid not null references procurement (id),
    user_id        uuid not null,
    primary key (procurement_id, user_id)
);
