-- Rate cards stored for contracts, and providers' claims for outcomes under them.
--
-- A contract's rate card is versioned: each version takes effect from a day and is kept, never changed
-- (append-only). An agreement is paid under the version in force on the day it started, so a new version never
-- changes what was agreed, or paid, for people already supported. The card is the payments module's RateCard as
-- JSON. The commissioner that let the contract writes them; the contract's suppliers, and providers still
-- supporting people under it, read them (commercial terms they are party to), no one else.
create table rate_card (
    contract_id    uuid        not null references contract (id),
    version        integer     not null check (version >= 1),
    held_by        uuid        not null,
    effective_from date        not null,
    card           jsonb       not null,
    reason         text        not null check (length(btrim(reason)) > 0),
    made_at        timestamptz not null,
    made_by        uuid,
    primary key (contract_id, version),
    constraint rate_card_effective_once unique (contract_id, effective_from)
);

insert into append_only_table (table_name, declared_by) values ('rate_card', 'payments');

alter table rate_card enable row level security;
alter table rate_card force row level security;
create policy rate_card_held on rate_card
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
create policy rate_card_read_by_supplier on rate_card for select
    using (exists (select 1 from contract_party p
                   where p.contract_id = rate_card.contract_id
                     and p.organisation_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
           or exists (select 1 from service_agreement a
                      where a.contract_id = rate_card.contract_id
                        and a.provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid));

-- A provider's claim that a person it supports under an agreement achieved an outcome of the contract's rate card
-- (each stage of a staged outcome is an outcome of its own), with its evidence. One claim per agreement and
-- outcome, whatever happens to it: a rejected claim is resubmitted, not claimed again, so no outcome stage can be
-- claimed, or paid, twice. The care manager verifies or rejects it; a seeded sample of those verified goes to a
-- second check by someone else before it counts. Personal data (it names the person): the council that holds the
-- person's record sees its claims, a provider its own.
create table outcome_claim (
    id                 uuid        primary key,
    held_by            uuid        not null,
    agreement_id       uuid        not null references service_agreement (id),
    contract_id        uuid        not null references contract (id),
    provider_id        uuid        not null,
    person_id          uuid        not null references person (id),
    outcome            text        not null check (length(outcome) between 1 and 60),
    card_version       integer     not null check (card_version >= 1),
    achieved_on        date        not null,
    sustained_until    date,
    evidence           text        not null check (length(btrim(evidence)) between 1 and 4000),
    status             text        not null check (status in ('SUBMITTED', 'SECOND_CHECK', 'VERIFIED', 'REJECTED')),
    -- Chosen for a second check when verified (a seeded, reproducible draw).
    sampled            boolean     not null default false,
    -- The review whose rating raised the claim, when a review raised it rather than the provider.
    raised_by_review   uuid,
    submitted_at       timestamptz not null,
    submitted_by       uuid,
    verified_at        timestamptz,
    verified_by        uuid,
    verification_note  text,
    checked_at         timestamptz,
    checked_by         uuid,
    check_note         text,
    version            bigint      not null default 0,
    constraint outcome_claim_once unique (agreement_id, outcome),
    constraint outcome_claim_sustained check (sustained_until is null or sustained_until >= achieved_on),
    constraint outcome_claim_checked_by_another check (checked_by is null or checked_by <> verified_by)
);

create index outcome_claim_by_holder on outcome_claim (held_by, status, submitted_at);
create index outcome_claim_by_provider on outcome_claim (provider_id, submitted_at desc);
create index outcome_claim_by_contract on outcome_claim (contract_id, status);

-- What happened to each claim, in order: submitted, verified, sent to a second check, confirmed, rejected,
-- resubmitted. Append-only, so a claim's history cannot be rewritten.
create table outcome_claim_event (
    claim_id    uuid        not null references outcome_claim (id),
    number      integer     not null check (number >= 1),
    held_by     uuid        not null,
    provider_id uuid        not null,
    action      text        not null check (action in ('SUBMITTED', 'RAISED_BY_REVIEW', 'VERIFIED',
        'SENT_TO_SECOND_CHECK', 'CONFIRMED', 'REJECTED', 'RESUBMITTED')),
    note        text,
    at          timestamptz not null,
    by_user     uuid,
    primary key (claim_id, number)
);

insert into append_only_table (table_name, declared_by) values ('outcome_claim_event', 'payments');

alter table outcome_claim enable row level security;
alter table outcome_claim force row level security;
create policy outcome_claim_held on outcome_claim
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
create policy outcome_claim_seen_by_provider on outcome_claim for select
    using (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
-- A provider claims only under an agreement that names it, for the agreement's person and council.
create policy outcome_claim_made_by_provider on outcome_claim for insert
    with check (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid
                and status = 'SUBMITTED'
                and exists (select 1 from service_agreement a
                            where a.id = outcome_claim.agreement_id and a.provider_id = outcome_claim.provider_id
                              and a.held_by = outcome_claim.held_by and a.person_id = outcome_claim.person_id
                              and a.contract_id = outcome_claim.contract_id));
-- ... and changes one only to resubmit it once rejected.
create policy outcome_claim_resubmitted_by_provider on outcome_claim for update
    using (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid
           and status = 'REJECTED')
    with check (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid
                and status = 'SUBMITTED');

alter table outcome_claim_event enable row level security;
alter table outcome_claim_event force row level security;
create policy outcome_claim_event_held on outcome_claim_event
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
create policy outcome_claim_event_of_provider on outcome_claim_event
    using (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid
                and action in ('SUBMITTED', 'RESUBMITTED'));
