-- Each policy becomes the single equality held_by = <the acting organisation>. With the earlier "or the system
-- scope" arm, the planner took the policy and a query's own held_by = ? as independent conditions, expected a
-- small fraction of an organisation's rows and chose plans that re-ran whole subqueries (the national-scale
-- benchmark, docs/performance.md). Cylch's own work across organisations now switches to a role that bypasses
-- row-level security instead (cylch.database.system-role).
drop policy person_seen_by_holder on person;
create policy person_seen_by_holder on person
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);

drop policy assessment_seen_by_holder on assessment;
create policy assessment_seen_by_holder on assessment
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);

drop policy personal_outcome_seen_by_holder on personal_outcome;
create policy personal_outcome_seen_by_holder on personal_outcome
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);

drop policy outcome_review_seen_by_holder on outcome_review;
create policy outcome_review_seen_by_holder on outcome_review
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
