-- Cohort views read measurement_trajectory now, so the index that served their scan of every score goes; a
-- person's own scores (their measurements page) are found through the person instead.
drop index measurement_score_cohort;
create index measurement_score_person on measurement_score (person_id, administered_on);
