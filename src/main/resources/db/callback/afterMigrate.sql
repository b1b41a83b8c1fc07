-- Runs after every migration, as the migrating (owner) role. Grants the application role what it needs,
-- and no more: the audit log, outcome reviews, support plan revisions and measurements are insert-and-read only
-- (history is appended, never overwritten).
do $$
declare
    app_role text := '${appRole}';
    system_role text := '${systemRole}';
begin
    -- The system role (Cylch's own work across organisations) reads and appends like the application does.
    if system_role <> '' and exists (select 1 from pg_roles where rolname = system_role) then
        execute format('grant usage on schema %I to %I', current_schema(), system_role);
        execute format('grant select, insert, update, delete on all tables in schema %I to %I', current_schema(), system_role);
        execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), system_role);
        execute format('revoke update, delete, truncate on audit_event, outcome_review, support_plan, '
                       'support_plan_need, support_plan_support, measurement, measurement_answer, measurement_score, measurement_local_instrument from %I',
                       system_role);
        execute format('revoke insert, update, delete, truncate on flyway_schema_history from %I', system_role);
    end if;
    if app_role <> '' and app_role <> current_user and exists (select 1 from pg_roles where rolname = app_role) then
        execute format('grant usage on schema %I to %I', current_schema(), app_role);
        execute format('grant select, insert, update, delete on all tables in schema %I to %I', current_schema(), app_role);
        execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), app_role);
        execute format('revoke update, delete, truncate on audit_event, outcome_review, support_plan, '
                       'support_plan_need, support_plan_support, measurement, measurement_answer, measurement_score, measurement_local_instrument from %I',
                       app_role);
        execute format('revoke insert, update, delete, truncate on flyway_schema_history from %I', app_role);
    end if;
end
$$;
