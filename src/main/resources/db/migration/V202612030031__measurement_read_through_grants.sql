-- Measurements of a person whose record another organisation may read a part of (people's access grants): the
-- grantee reads them when the grant includes MEASUREMENTS, on connections that read through grants; the answers
-- follow their measurement. Read only, as for every part read through a grant.
create policy measurement_read_through_grant on measurement for select
    using (current_setting('cylch.reads_through_grants', true) = 'on'
           and person_id in (select cylch_granted_people('MEASUREMENTS')));
create policy measurement_score_read_through_grant on measurement_score for select
    using (current_setting('cylch.reads_through_grants', true) = 'on'
           and person_id in (select cylch_granted_people('MEASUREMENTS')));
