-- A child row was visible, and writable, whenever its parent row was visible. Since access grants, a provider's
-- connection sees a granted person's record, so it could also insert, change or delete the person's contacts and
-- add lines to their plan. Reading still follows the parent; writing now needs the parent to be held by the
-- connection's organisation, as for every parent table. Found by AccessGrantsTest.nothingCanBeChangedThroughAGrant
-- once the demo county's agreements granted people with contacts.

drop policy person_contact_seen_with_person on person_contact;
create policy person_contact_seen_with_person on person_contact for select
    using (exists (select 1 from person p where p.id = person_contact.person_id));
create policy person_contact_written_by_holder on person_contact for all
    using (exists (select 1 from person p where p.id = person_contact.person_id
                   and p.held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid))
    with check (exists (select 1 from person p where p.id = person_contact.person_id
                   and p.held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid));

drop policy support_plan_need_seen_with_plan on support_plan_need;
create policy support_plan_need_seen_with_plan on support_plan_need for select
    using (exists (select 1 from support_plan p where p.id = support_plan_need.plan_id));
create policy support_plan_need_written_by_holder on support_plan_need for all
    using (exists (select 1 from support_plan p where p.id = support_plan_need.plan_id
                   and p.held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid))
    with check (exists (select 1 from support_plan p where p.id = support_plan_need.plan_id
                   and p.held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid));

drop policy support_plan_support_seen_with_plan on support_plan_support;
create policy support_plan_support_seen_with_plan on support_plan_support for select
    using (exists (select 1 from support_plan p where p.id = support_plan_support.plan_id));
create policy support_plan_support_written_by_holder on support_plan_support for all
    using (exists (select 1 from support_plan p where p.id = support_plan_support.plan_id
                   and p.held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid))
    with check (exists (select 1 from support_plan p where p.id = support_plan_support.plan_id
                   and p.held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid));
