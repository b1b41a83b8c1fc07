-- Runs after every migration, as the migrating (owner) role. Grants the application, system and grants roles what
-- they need, and no more: every table a module has declared append-only (append_only_table) is insert-and-read only,
-- as history is appended, never overwritten; Flyway's own history is read-only to them.
do $$
declare
    app_role text := '${appRole}';
    system_role text := '${systemRole}';
    grants_role text := '${grantsRole}';
    grantee text;
    history record;
begin
    foreach grantee in array array[system_role, grants_role, app_role] loop
        if grantee = '' or grantee = current_user or not exists (select 1 from pg_roles where rolname = grantee) then
            continue;
        end if;
        execute format('grant usage on schema %I to %I', current_schema(), grantee);
        execute format('grant select, insert, update, delete on all tables in schema %I to %I', current_schema(), grantee);
        execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), grantee);
        for history in select table_name from append_only_table loop
            execute format('revoke update, delete, truncate on %s from %I', history.table_name, grantee);
        end loop;
        execute format('revoke insert, update, delete, truncate on flyway_schema_history, append_only_table from %I',
                       grantee);
    end loop;
end
$$;
