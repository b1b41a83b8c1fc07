-- Access to a person's record granted to another organisation (a provider under a service agreement, a health
-- board in a joint arrangement): which parts, from when, until when, and what the grant comes from. The holding
-- organisation keeps the record; the grantee reads the granted parts for the grant's dates, and nothing else.
create table person_access_grant (
    id          uuid        primary key,
    person_id   uuid        not null references person (id),
    held_by     uuid        not null,
    granted_to  uuid        not null,
    parts       text[]      not null,
    valid_from  date        not null,
    valid_until date,
    source      text        not null,
    created_at  timestamptz not null,
    ended_at    timestamptz,
    constraint person_access_grant_parts
        check (cardinality(parts) > 0 and parts <@ array['PROFILE', 'OUTCOMES', 'SUPPORT_PLAN', 'MEASUREMENTS']),
    constraint person_access_grant_dates check (valid_until is null or valid_until >= valid_from),
    constraint person_access_grant_elsewhere check (granted_to <> held_by),
    constraint person_access_grant_once unique (source, person_id, granted_to)
);

create index person_access_grant_by_grantee on person_access_grant (granted_to, person_id);
create index person_access_grant_by_person on person_access_grant (person_id);

alter table person_access_grant enable row level security;
alter table person_access_grant force row level security;
create policy person_access_grant_kept_by_holder on person_access_grant
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
create policy person_access_grant_seen_by_grantee on person_access_grant for select
    using (granted_to = nullif(current_setting('cylch.organisation_id', true), '')::uuid);

-- Today in the UK, as Cylch's Today has it: grants start and end on UK dates.
create function cylch_uk_today() returns date
    language sql stable
    as $$ select (current_timestamp at time zone 'Europe/London')::date $$;

-- The people a connection's organisation may read a part of, through a grant in force today.
create function cylch_granted_people(part text) returns setof uuid
    language sql stable
    as $$
        select g.person_id from person_access_grant g
        where g.granted_to = nullif(current_setting('cylch.organisation_id', true), '')::uuid
          and part = any (g.parts)
          and g.valid_from <= cylch_uk_today()
          and (g.valid_until is null or g.valid_until >= cylch_uk_today())
    $$;

-- Read-only policies beside the holder's. They apply only on connections that say they read through grants
-- (cylch.reads_through_grants = on: providers and health boards), so a council's queries keep the single
-- equality of the holder's policy that the planner estimates well (docs/performance.md, cause 1). Nothing can be
-- written through a grant: the holder's policies alone say what may be written.
create policy person_read_through_grant on person for select
    using (current_setting('cylch.reads_through_grants', true) = 'on'
           and id in (select cylch_granted_people('PROFILE')));
create policy personal_outcome_read_through_grant on personal_outcome for select
    using (current_setting('cylch.reads_through_grants', true) = 'on'
           and person_id in (select cylch_granted_people('OUTCOMES')));
create policy outcome_review_read_through_grant on outcome_review for select
    using (current_setting('cylch.reads_through_grants', true) = 'on'
           and person_id in (select cylch_granted_people('OUTCOMES')));
create policy support_plan_read_through_grant on support_plan for select
    using (current_setting('cylch.reads_through_grants', true) = 'on'
           and person_id in (select cylch_granted_people('SUPPORT_PLAN')));
