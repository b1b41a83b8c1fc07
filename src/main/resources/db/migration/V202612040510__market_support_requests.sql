-- Brokerage of one person's support. A care manager or broker puts a support request to the market from the
-- person's care and support plan: the outcomes agreed with them in their own words, an indicative weekly budget,
-- the service, area, start date, hours and language needs. The providers eligible when it is made (or re-offered)
-- are offered it, with a closing time; they propose; the worker and the person score the proposals with the
-- request's weights and award one, which starts a service agreement. A request nobody can meet stays on the
-- commissioner's unmet list.
create table support_request (
    id                 uuid           primary key,
    held_by            uuid           not null,
    person_id          uuid           not null references person (id),
    support_plan_id    uuid           not null references support_plan (id),
    service            text           not null,
    area               text           not null,
    start_date         date           not null,
    weekly_hours       numeric(7, 2)  not null check (weekly_hours > 0 and weekly_hours <= 168),
    weekly_budget      numeric(19, 2) not null check (weekly_budget >= 0),
    welsh              boolean        not null,
    communication_needs text,
    -- The outcomes offered, as agreed with the person: [{"outcome": uuid, "statement": "...", "domain": "..."}].
    -- Copied, so that what providers were offered stays as it was.
    outcomes           jsonb          not null,
    closes_at          timestamptz    not null,
    quality_weight     integer        not null check (quality_weight between 0 and 100),
    outcomes_weight    integer        not null check (outcomes_weight between 0 and 100),
    price_weight       integer        not null check (price_weight between 0 and 50),
    status             text           not null check (status in ('OPEN', 'AWARDED', 'UNMET', 'WITHDRAWN')),
    -- Why it is unmet: no eligible provider, or no acceptable proposal (with the worker's reason).
    unmet_reason       text,
    created_at         timestamptz    not null,
    created_by         uuid,
    decided_at         timestamptz,
    decided_by         uuid,
    awarded_proposal   uuid,
    -- Why the worker and the person chose the proposal they did, or found none acceptable.
    decision_reason    text,
    agreement_id       uuid           references service_agreement (id),
    version            bigint         not null default 0,
    constraint support_request_weights check (quality_weight + outcomes_weight + price_weight = 100),
    constraint support_request_award check ((status = 'AWARDED') = (agreement_id is not null)),
    constraint support_request_unmet check ((status = 'UNMET') = (unmet_reason is not null))
);

create index support_request_by_holder on support_request (held_by, status, created_at desc);
create index support_request_by_person on support_request (person_id);
-- At most one request for a service is open for a person at a time.
create unique index support_request_one_open on support_request (person_id, service) where status = 'OPEN';

-- The providers a request was offered to, and when: a provider sees a request only if it was offered it.
create table support_request_offer (
    request_id  uuid        not null references support_request (id),
    provider_id uuid        not null,
    offered_at  timestamptz not null,
    primary key (request_id, provider_id)
);

create index support_request_offer_by_provider on support_request_offer (provider_id, offered_at desc);

-- A provider's proposal: how it would achieve each outcome, its weekly price and hours, when it could start and the
-- languages its staff speak. One per provider per request; a provider sees only its own.
create table support_proposal (
    id                   uuid           primary key,
    request_id           uuid           not null references support_request (id),
    provider_id          uuid           not null,
    -- [{"outcome": uuid, "approach": "..."}], one for each outcome of the request.
    approaches           jsonb          not null,
    weekly_price         numeric(19, 2) not null check (weekly_price >= 0),
    weekly_hours         numeric(7, 2)  not null check (weekly_hours > 0 and weekly_hours <= 168),
    start_date           date           not null,
    welsh_speaking_staff boolean        not null,
    other_languages      text,
    submitted_at         timestamptz    not null,
    submitted_by         uuid,
    foreign key (request_id, provider_id) references support_request_offer (request_id, provider_id),
    constraint support_proposal_once unique (request_id, provider_id)
);

-- The worker's scores of a proposal for quality and for outcomes, 0 to 10; the latest counts, earlier ones are kept.
create table support_proposal_score (
    seq            bigint      generated always as identity primary key,
    proposal_id    uuid        not null references support_proposal (id),
    quality_score  integer     not null check (quality_score between 0 and 10),
    outcomes_score integer     not null check (outcomes_score between 0 and 10),
    scored_by      uuid,
    scored_at      timestamptz not null
);

create index support_proposal_score_latest on support_proposal_score (proposal_id, seq desc);

insert into append_only_table (table_name, declared_by) values
    ('support_request_offer', 'market'),
    ('support_proposal', 'market'),
    ('support_proposal_score', 'market');

-- A request names a person: personal data, under the same row-level security as the person. The council that holds
-- it sees it; a provider's connection (the grants role) reads the requests it was offered, and the pages and API
-- never show a provider who the person is.
alter table support_request enable row level security;
alter table support_request force row level security;
create policy support_request_seen_by_holder on support_request
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
create policy support_request_seen_by_offered on support_request for select to "${grantsRole}"
    using (exists (select 1 from support_request_offer o
                   where o.request_id = support_request.id
                     and o.provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid));
