-- A service agreement: one person's support from one provider under one contract, from a start date to an end
-- date (open until ended), at a weekly price for the hours and outcomes agreed. It is personal data, held by the
-- commissioner that holds the person's record, so it has the same row-level security as the person: the holder
-- sees its own, and a provider's connection (the grants role) sees the agreements that name it, read only.
create table service_agreement (
    id             uuid          primary key,
    held_by        uuid          not null,
    person_id      uuid          not null references person (id),
    provider_id    uuid          not null,
    contract_id    uuid          not null references contract (id),
    support_plan_id uuid         references support_plan (id),
    start_date     date          not null,
    end_date       date,
    weekly_price   numeric(19, 2) not null check (weekly_price >= 0),
    weekly_hours   numeric(7, 2) not null check (weekly_hours >= 0 and weekly_hours <= 168),
    -- The personal outcomes the provider is to work to.
    outcomes       uuid[]        not null,
    -- What led to it: 'support-request/<id>' for a brokered award, 'direct' when a broker arranged it directly.
    source         text          not null,
    created_at     timestamptz   not null,
    created_by     uuid,
    ended_reason   text,
    ended_at       timestamptz,
    ended_by       uuid,
    version        bigint        not null default 0,
    constraint service_agreement_term check (end_date is null or end_date >= start_date),
    constraint service_agreement_ended check ((ended_at is null) = (ended_reason is null)),
    constraint service_agreement_source unique (held_by, source)
);

create index service_agreement_by_holder on service_agreement (held_by, start_date desc);
create index service_agreement_by_person on service_agreement (person_id);
create index service_agreement_by_provider on service_agreement (provider_id, start_date desc);
create index service_agreement_by_contract on service_agreement (contract_id);

alter table service_agreement enable row level security;
alter table service_agreement force row level security;
create policy service_agreement_seen_by_holder on service_agreement
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
create policy service_agreement_seen_by_provider on service_agreement for select to "${grantsRole}"
    using (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
