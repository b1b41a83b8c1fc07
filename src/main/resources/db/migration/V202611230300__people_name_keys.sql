-- Name search that can use an index under row-level security: PostgreSQL applies a query's condition ahead of a
-- policy only if its operators are leakproof, which lower() and LIKE are not. Lower-cased copies of the names,
-- kept by the database, let a search compare plain columns with leakproof comparisons (equality and ranges).
alter table person add column family_key varchar(100) generated always as (lower(family_name)) stored;
alter table person add column given_key varchar(100) generated always as (lower(given_name)) stored;

create index person_family_key on person (held_by, family_key, given_key, date_of_birth);
create index person_given_key on person (held_by, given_key);
