-- A second wall behind the application's: the database itself shows a person's rows only to connections
-- scoped to the organisation that holds them (cylch.organisation_id), or to Cylch's own system work
-- (cylch.scope = 'system'). Forced, so it holds even for a table owner; superusers always bypass row-level
-- security, so the application must never connect as one.

alter table person enable row level security;
alter table person force row level security;

create policy person_seen_by_holder on person
    using (current_setting('cylch.scope', true) = 'system'
           or held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (current_setting('cylch.scope', true) = 'system'
                or held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);

alter table person_contact enable row level security;
alter table person_contact force row level security;

-- A contact is visible exactly when its person is (the subquery is itself subject to the policy above).
create policy person_contact_seen_with_person on person_contact
    using (exists (select 1 from person p where p.id = person_contact.person_id))
    with check (exists (select 1 from person p where p.id = person_contact.person_id));
