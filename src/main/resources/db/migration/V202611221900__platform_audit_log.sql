-- The audit log: append-only. Rows record who did what to which record, never the personal data itself.
create table audit_event (
    id               bigint generated always as identity primary key,
    occurred_at      timestamptz not null default now(),
    actor_user_id    uuid,
    actor_username   varchar(100),
    organisation_id  uuid,
    action           varchar(40)  not null,
    record_type      varchar(60),
    record_id        varchar(100),
    reason           varchar(500),
    channel          varchar(10)  not null check (channel in ('WEB', 'API', 'SYSTEM'))
);

create index audit_event_organisation_time on audit_event (organisation_id, occurred_at desc, id desc);
create index audit_event_record on audit_event (record_type, record_id);
create index audit_event_actor on audit_event (actor_user_id, occurred_at desc);

-- No role, not even the owner, may change or remove a row: corrections are new rows.
create function audit_event_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = '42501';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change();

revoke update, delete, truncate on audit_event from public;
