-- Reading through access grants becomes a matter of role, not of a setting. Permissive policies are joined with OR,
-- so a grant policy that merely tested cylch.reads_through_grants still sat beside the holder's single equality in
-- every council's query; the planner then estimated the holder's rows badly again and the achievement summary went
-- from 0.4 s to over 30 s in the largest council (docs/performance.md, "After the access grants"). A policy for a
-- named role is left out of every query run by another role when the query is planned, so council queries keep the
-- holder's policy alone. Connections of providers and health boards switch to the grants role
-- (cylch.database.grants-role), whose policies add the people granted to them, read only.
drop policy person_read_through_grant on person;
drop policy personal_outcome_read_through_grant on personal_outcome;
drop policy outcome_review_read_through_grant on outcome_review;
drop policy support_plan_read_through_grant on support_plan;

create policy person_read_through_grant on person for select to "${grantsRole}"
    using (id in (select cylch_granted_people('PROFILE')));
create policy personal_outcome_read_through_grant on personal_outcome for select to "${grantsRole}"
    using (person_id in (select cylch_granted_people('OUTCOMES')));
create policy outcome_review_read_through_grant on outcome_review for select to "${grantsRole}"
    using (person_id in (select cylch_granted_people('OUTCOMES')));
create policy support_plan_read_through_grant on support_plan for select to "${grantsRole}"
    using (person_id in (select cylch_granted_people('SUPPORT_PLAN')));
