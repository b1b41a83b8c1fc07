-- Turn the Curve reports (Results-Based Accountability): for one subject's series of a measure, the story behind the
-- baseline, the partners with a role to play, what works (including no-cost and low-cost ideas and off-the-wall
-- ones), and an action plan with owners and dates. A draft is edited; a published report is kept as it was, with the
-- baseline and the forecast if nothing changes as they stood, so the next report shows whether the curve turned.
create table turn_the_curve_report (
    id             uuid        primary key,
    held_by        uuid        not null,
    measure_id     uuid        not null references measure (id),
    subject        text        not null,
    status         text        not null check (status in ('DRAFT', 'PUBLISHED')),
    story          text        not null check (length(story) <= 4000),
    partners       text        not null check (length(partners) <= 4000),
    what_works     text        not null check (length(what_works) <= 4000),
    low_cost       text        not null check (length(low_cost) <= 4000),
    off_the_wall   text        not null check (length(off_the_wall) <= 4000),
    actions        jsonb       not null,
    -- As published: the baseline and the series' forecast ahead, [{"periodStart": ..., "value": ...}].
    baseline       numeric(19, 4),
    baseline_period date,
    forecast       jsonb,
    created_at     timestamptz not null,
    created_by     uuid,
    updated_at     timestamptz not null,
    published_at   timestamptz,
    published_by   uuid,
    version        integer     not null default 0,
    check ((status = 'PUBLISHED') = (published_at is not null)),
    check ((status = 'PUBLISHED') <= (forecast is not null))
);

create index turn_the_curve_of_series on turn_the_curve_report (measure_id, subject, created_at);

alter table turn_the_curve_report enable row level security;
alter table turn_the_curve_report force row level security;
create policy turn_the_curve_report_held on turn_the_curve_report
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid);

-- A published report is kept as it was.
create function turn_the_curve_report_published_kept() returns trigger language plpgsql as $$
begin
    if old.status = 'PUBLISHED' then
        raise exception 'a published Turn the Curve report is kept as it was' using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;
create trigger turn_the_curve_report_published_kept before update or delete on turn_the_curve_report
    for each row execute function turn_the_curve_report_published_kept();
