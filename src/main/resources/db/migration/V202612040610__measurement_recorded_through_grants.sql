-- A provider records measurements for the people it supports, where its grant includes their measurements. The
-- measurement stays the holder's record (held_by is the holder, who reads it as before) and names the organisation
-- that recorded it; the provider inserts only, and only for a person granted to it today with that part, as
-- itself. Measurements, answers and scores are append-only, so no one updates or deletes them.
alter table measurement add column recorded_by_organisation uuid;

comment on column measurement.recorded_by_organisation is
    'The organisation that recorded it through an access grant (a provider); null when the holder recorded it.';

create policy measurement_written_through_grant on measurement for insert to "${grantsRole}"
    with check (recorded_by_organisation = nullif(current_setting('cylch.organisation_id', true), '')::uuid
                and cylch_grant_allows(person_id, held_by, 'MEASUREMENTS'));

create policy measurement_answer_written_through_grant on measurement_answer for insert to "${grantsRole}"
    with check (exists (select 1 from measurement m
                        where m.id = measurement_answer.measurement_id
                          and m.recorded_by_organisation
                              = nullif(current_setting('cylch.organisation_id', true), '')::uuid));

create policy measurement_score_written_through_grant on measurement_score for insert to "${grantsRole}"
    with check (exists (select 1 from measurement m
                        where m.id = measurement_score.measurement_id
                          and m.person_id = measurement_score.person_id
                          and m.held_by = measurement_score.held_by
                          and m.recorded_by_organisation
                              = nullif(current_setting('cylch.organisation_id', true), '')::uuid));

-- The trajectory follows every score stored, by trigger, in the inserting connection's role: so a provider's
-- insert of scores must be able to merge the granted person's trajectory rows (a derived table, one row per person
-- and score; the scores themselves stay unchangeable). Only for people granted with their measurements today.
create policy measurement_trajectory_read_through_grant on measurement_trajectory for select to "${grantsRole}"
    using (person_id in (select cylch_granted_people('MEASUREMENTS')));
create policy measurement_trajectory_followed_through_grant on measurement_trajectory for insert to "${grantsRole}"
    with check (cylch_grant_allows(person_id, held_by, 'MEASUREMENTS'));
create policy measurement_trajectory_merged_through_grant on measurement_trajectory for update to "${grantsRole}"
    using (cylch_grant_allows(person_id, held_by, 'MEASUREMENTS'))
    with check (cylch_grant_allows(person_id, held_by, 'MEASUREMENTS'));
