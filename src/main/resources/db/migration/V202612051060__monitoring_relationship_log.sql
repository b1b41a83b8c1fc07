-- The relationship between a council and a provider, as both keep it: meetings, calls and monitoring visits (planned
-- or unannounced, with what was found) the council records, and the provider's own view, which the provider writes.
-- Entries are kept as written; a correction is a new entry.
create table relationship_entry (
    id           uuid        primary key,
    held_by      uuid        not null,
    provider_id  uuid        not null,
    kind         text        not null check (kind in ('MEETING', 'CALL', 'PLANNED_VISIT', 'UNANNOUNCED_VISIT',
        'NOTE', 'PROVIDER_VIEW')),
    occurred_on  date        not null,
    subject      text        not null check (length(btrim(subject)) between 1 and 200),
    summary      text        not null check (length(btrim(summary)) between 1 and 4000),
    -- Who took part (a meeting, a visit), and what was found (a visit).
    attendees    text        not null default '' check (length(attendees) <= 1000),
    findings     text        not null default '' check (length(findings) <= 4000),
    written_by   uuid,
    written_for  uuid        not null,
    written_at   timestamptz not null,
    check ((kind = 'PROVIDER_VIEW') = (written_for = provider_id))
);

create index relationship_entry_of on relationship_entry (held_by, provider_id, occurred_on desc);
create index relationship_entry_of_provider on relationship_entry (provider_id, held_by, occurred_on desc);

insert into append_only_table (table_name, declared_by) values ('relationship_entry', 'monitoring');

alter table relationship_entry enable row level security;
alter table relationship_entry force row level security;
create policy relationship_entry_held on relationship_entry
    using (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (held_by = nullif(current_setting('cylch.organisation_id', true), '')::uuid
                and written_for = held_by);
create policy relationship_entry_read_by_provider on relationship_entry for select to "${grantsRole}"
    using (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
create policy relationship_entry_by_provider on relationship_entry for insert to "${grantsRole}"
    with check (provider_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid
                and written_for = provider_id and kind = 'PROVIDER_VIEW');
