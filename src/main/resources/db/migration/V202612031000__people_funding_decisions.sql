-- Funding decisions. A support plan revision whose weekly cost is over its indicative budget by more than the
-- configured margin does not take effect when the care manager saves it: it waits, as a request, for a decision
-- by a second person with the authority (a team manager or a finance officer). Approved, the revision is made
-- from the request; refused or withdrawn, it never takes effect. support_plan keeps meaning "the revisions that
-- took effect", so everything that reads a person's current plan reads only those.

-- Team managers decide funding and read their team's records.
alter table membership_role drop constraint membership_role_role_check;
alter table membership_role add constraint membership_role_role_check
    check (role in ('ADMINISTRATOR', 'COMMISSIONER', 'CARE_MANAGER', 'TEAM_MANAGER', 'BROKER', 'FINANCE_OFFICER',
                    'PROVIDER_USER', 'AUDITOR'));
alter table membership_invitation_role drop constraint membership_invitation_role_role_check;
alter table membership_invitation_role add constraint membership_invitation_role_role_check
    check (role in ('ADMINISTRATOR', 'COMMISSIONER', 'CARE_MANAGER', 'TEAM_MANAGER', 'BROKER', 'FINANCE_OFFICER',
                    'PROVIDER_USER', 'AUDITOR'));

create table plan_funding_request (
    id                       uuid          primary key,
    person_id                uuid          not null references person (id),
    held_by                  uuid          not null,
    based_on_revision        integer       not null check (based_on_revision >= 0),
    -- The revision as the care manager wrote it (PlanDraft), made into a support_plan row if approved.
    draft                    jsonb         not null,
    -- Each need area's level and points as the allocation scheme scored them on the day (AssessedNeed).
    needs                    jsonb         not null,
    allocation_scheme        text          not null,
    allocation_points        integer       not null,
    indicative_weekly_budget numeric(19, 2) not null,
    planned_weekly_cost      numeric(19, 2) not null,
    -- The margin in force when the request was made, so the queue can say why it needed a decision.
    margin_percent           numeric(7, 2) not null,
    requested_by             uuid,
    requested_at             timestamptz   not null
);

create index plan_funding_request_by_person on plan_funding_request (person_id);
create index plan_funding_request_by_holder on plan_funding_request (held_by, requested_at);

create table plan_funding_decision (
    request_id             uuid          primary key references plan_funding_request (id),
    held_by                uuid          not null,
    verdict                text          not null
        check (verdict in ('APPROVED', 'APPROVED_WITH_CHANGES', 'REFUSED', 'WITHDRAWN')),
    -- With changes: the weekly amount the decider agreed to fund, less than the plan's cost.
    approved_weekly_amount numeric(19, 2) check (approved_weekly_amount > 0),
    reasons                text,
    -- The revision that took effect, for an approval.
    plan_id                uuid          references support_plan (id),
    decided_by             uuid,
    decided_at             timestamptz   not null,
    constraint plan_funding_decision_amount
        check ((verdict = 'APPROVED_WITH_CHANGES') = (approved_weekly_amount is not null)),
    constraint plan_funding_decision_plan
        check ((verdict in ('APPROVED', 'APPROVED_WITH_CHANGES')) = (plan_id is not null)),
    constraint plan_funding_decision_reasons check (verdict = 'WITHDRAWN' or (reasons is not null and length(btrim(reasons)) > 0))
);

alter table plan_funding_request enable row level security;
alter table plan_funding_request force row level security;
create policy plan_funding_request_seen_by_holder on plan_funding_request
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);

alter table plan_funding_decision enable row level security;
alter table plan_funding_decision force row level security;
create policy plan_funding_decision_seen_by_holder on plan_funding_decision
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);

insert into append_only_table (table_name, declared_by) values
    ('plan_funding_request', 'people'),
    ('plan_funding_decision', 'people');
