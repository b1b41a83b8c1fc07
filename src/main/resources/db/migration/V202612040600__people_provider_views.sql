-- A provider's view of progress on an outcome it works to, recorded through its access grant: the rating it would
-- give and what it saw. The row is the provider's (who wrote it, when), appended, never changed; the council holding
-- the person reads it when reviewing, the provider reads its own for as long as its grant is in force, and nobody
-- else reads it at all (another provider supporting the same person included).
create table outcome_provider_view (
    id          uuid          primary key,
    outcome_id  uuid          not null references personal_outcome (id),
    person_id   uuid          not null references person (id),
    held_by     uuid          not null,
    provider_id uuid          not null,
    rating      varchar(20)   not null check (rating in ('ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED',
                                                         'NO_LONGER_RELEVANT')),
    seen        varchar(2000) not null,
    created_at  timestamptz   not null,
    created_by  uuid          not null,
    constraint outcome_provider_view_elsewhere check (provider_id <> held_by)
);

create index outcome_provider_view_by_outcome on outcome_provider_view (outcome_id, created_at desc);
create index outcome_provider_view_by_holder on outcome_provider_view (held_by, person_id);
create index outcome_provider_view_by_provider on outcome_provider_view (provider_id, person_id);

insert into append_only_table (table_name, declared_by) values ('outcome_provider_view', 'people');

-- Whether the connection's organisation may write the part of the person's record that the holder keeps, through
-- a grant from that holder in force on the UK date. Writing through a grant is allowed only where a policy says so
-- by name (provider views here, measurements in V202612040610); everything else stays the holder's alone.
create function cylch_grant_allows(person uuid, holder uuid, part text) returns boolean
    language sql stable
    as $$
        select exists (
            select 1 from person_access_grant g
            where g.granted_to = nullif(current_setting('cylch.organisation_id', true), '')::uuid
              and g.person_id = person and g.held_by = holder and part = any (g.parts)
              and g.valid_from <= cylch_uk_today()
              and (g.valid_until is null or g.valid_until >= cylch_uk_today()))
    $$;

alter table outcome_provider_view enable row level security;
alter table outcome_provider_view force row level security;
-- The holder reads; it never writes a provider's view (no policy lets it insert, and the table is append-only).
create policy outcome_provider_view_read_by_holder on outcome_provider_view for select
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
-- The provider reads its own views while its grant of the outcomes is in force, and writes them for the outcomes of
-- a person granted to it today, as itself, for the holder that granted it.
create policy outcome_provider_view_read_by_provider on outcome_provider_view for select to "${grantsRole}"
    using (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid
           and person_id in (select cylch_granted_people('OUTCOMES')));
create policy outcome_provider_view_written_by_provider on outcome_provider_view for insert to "${grantsRole}"
    with check (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid
                and cylch_grant_allows(person_id, held_by, 'OUTCOMES')
                and exists (select 1 from personal_outcome o
                            where o.id = outcome_provider_view.outcome_id
                              and o.person_id = outcome_provider_view.person_id));
