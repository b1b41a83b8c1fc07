-- Outcome-focused support plans. Each change is a new revision (1, 2, ...); nothing is overwritten, so the plan
-- as it stood on any day can be shown. The indicative budget is stored as the scheme worked it out then.
create table support_plan (
    id                        uuid primary key,
    person_id                 uuid           not null references person (id),
    held_by                   uuid           not null,
    revision                  int            not null check (revision >= 1),
    effective_from            date           not null,
    arrangement               varchar(30)    not null check (arrangement in ('DIRECT_PAYMENT',
                                                 'INDIVIDUAL_SERVICE_FUND', 'COUNCIL_ARRANGED')),
    allocation_scheme         varchar(60)    not null,
    allocation_points         int            not null check (allocation_points >= 0),
    indicative_weekly_budget  numeric(19, 2) not null check (indicative_weekly_budget >= 0),
    person_contribution       varchar(2000),
    family_contribution       varchar(2000),
    community_contribution    varchar(2000),
    services_contribution     varchar(2000),
    reason                    varchar(1000),
    revised_at_review         date,
    created_at                timestamptz    not null,
    created_by                uuid,
    constraint support_plan_revision_unique unique (person_id, revision),
    constraint support_plan_revision_reason check (revision = 1 or reason is not null)
);

create index support_plan_held_by_person on support_plan (held_by, person_id, revision desc);

-- The needs assessed under the resource allocation scheme, as scored for this revision.
create table support_plan_need (
    plan_id  uuid        not null references support_plan (id),
    area     varchar(40) not null,
    level    int         not null check (level >= 0),
    points   int         not null check (points >= 0),
    primary key (plan_id, area)
);

-- Planned inputs and outputs (who provides what, hours, weekly cost), kept for quality assurance.
create table support_plan_support (
    plan_id         uuid           not null references support_plan (id),
    position        int            not null,
    description     varchar(500)   not null,
    provided_by     varchar(200),
    hours_per_week  numeric(6, 2)  check (hours_per_week >= 0),
    weekly_cost     numeric(19, 2) check (weekly_cost >= 0),
    primary key (plan_id, position)
);

alter table support_plan enable row level security;
alter table support_plan force row level security;

create policy support_plan_seen_by_holder on support_plan
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);

alter table support_plan_need enable row level security;
alter table support_plan_need force row level security;

create policy support_plan_need_seen_with_plan on support_plan_need
    using (exists (select 1 from support_plan p where p.id = support_plan_need.plan_id))
    with check (exists (select 1 from support_plan p where p.id = support_plan_need.plan_id));

alter table support_plan_support enable row level security;
alter table support_plan_support force row level security;

create policy support_plan_support_seen_with_plan on support_plan_support
    using (exists (select 1 from support_plan p where p.id = support_plan_support.plan_id))
    with check (exists (select 1 from support_plan p where p.id = support_plan_support.plan_id));
