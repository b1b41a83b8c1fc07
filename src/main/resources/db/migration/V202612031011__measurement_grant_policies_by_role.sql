-- Measurements read through access grants for the grants role alone, as people's parts are (see
-- V202612031010__people_grant_policies_by_role.sql for why).
drop policy measurement_read_through_grant on measurement;
drop policy measurement_score_read_through_grant on measurement_score;

create policy measurement_read_through_grant on measurement for select to "${grantsRole}"
    using (person_id in (select cylch_granted_people('MEASUREMENTS')));
create policy measurement_score_read_through_grant on measurement_score for select to "${grantsRole}"
    using (person_id in (select cylch_granted_people('MEASUREMENTS')));
