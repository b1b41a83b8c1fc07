-- The care manager a person is allocated to: their caseload.
alter table person add column allocated_worker uuid;
create index person_allocated_worker on person (held_by, allocated_worker) where date_of_death is null;
