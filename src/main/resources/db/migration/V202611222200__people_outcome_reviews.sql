-- Reviews of personal outcomes: appended, never overwritten; a later review is a new row.
create table outcome_review (
    id                uuid primary key,
    outcome_id        uuid          not null references personal_outcome (id),
    person_id         uuid          not null references person (id),
    held_by           uuid          not null,
    reviewed_on       date          not null,
    rating            varchar(20)   not null check (rating in ('ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED',
                                                               'NO_LONGER_RELEVANT')),
    progress_score    int           not null check (progress_score between 0 and 10),
    evidence          varchar(4000) not null,
    person_view       varchar(2000),
    carer_view        varchar(2000),
    provider_view     varchar(2000),
    worker_view       varchar(2000),
    views_differ      boolean       not null,
    disagreement      varchar(2000),
    created_at        timestamptz   not null,
    created_by        uuid,
    constraint outcome_review_disagreement_explained check (not views_differ or disagreement is not null)
);

create index outcome_review_outcome on outcome_review (outcome_id, reviewed_on desc);
create index outcome_review_held_by_date on outcome_review (held_by, reviewed_on);

alter table outcome_review enable row level security;
alter table outcome_review force row level security;

create policy outcome_review_seen_by_holder on outcome_review
    using (current_setting('cylch.scope', true) = 'system'
           or held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (current_setting('cylch.scope', true) = 'system'
                or held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
