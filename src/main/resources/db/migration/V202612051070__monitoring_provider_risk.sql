-- Proportionate, risk-based monitoring. What the council records of a provider beyond Cylch's own data (the
-- regulator's latest rating, open safeguarding concerns), kept as recorded: the latest counts. And the samples of
-- people supported drawn for a case audit, each with the seed that draws it again from the same list.
create table provider_risk_input (
    id                    uuid        primary key,
    held_by               uuid        not null,
    provider_id           uuid        not null,
    rating                text        not null check (rating in ('EXCELLENT', 'GOOD', 'REQUIRES_IMPROVEMENT',
        'REQUIRES_SIGNIFICANT_IMPROVEMENT', 'NOT_RATED')),
    rated_on              date,
    safeguarding_concerns integer     not null check (safeguarding_concerns between 0 and 1000),
    note                  text        not null default '' check (length(note) <= 2000),
    recorded_at           timestamptz not null,
    recorded_by           uuid,
    check ((rating = 'NOT_RATED') = (rated_on is null))
);

create index provider_risk_input_latest on provider_risk_input (held_by, provider_id, recorded_at desc);

create table audit_sample (
    id          uuid        primary key,
    held_by     uuid        not null,
    provider_id uuid        not null,
    seed        bigint      not null,
    drawn_from  integer     not null check (drawn_from >= 0),
    people      uuid[]      not null,
    drawn_at    timestamptz not null,
    drawn_by    uuid
);

create index audit_sample_of on audit_sample (held_by, provider_id, drawn_at desc);

insert into append_only_table (table_name, declared_by) values ('provider_risk_input', 'monitoring');
insert into append_only_table (table_name, declared_by) values ('audit_sample', 'monitoring');

alter table provider_risk_input enable row level security;
alter table provider_risk_input force row level security;
create policy provider_risk_input_held on provider_risk_input
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);

alter table audit_sample enable row level security;
alter table audit_sample force row level security;
create policy audit_sample_held on audit_sample
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
