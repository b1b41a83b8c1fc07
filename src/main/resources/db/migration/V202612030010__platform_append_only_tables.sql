-- Tables whose rows are history: appended, never changed or deleted. Each module declares its own in its own
-- migrations (insert into append_only_table ...); the afterMigrate callback then takes update, delete and
-- truncate away from the application and system roles on every table listed here.
create table append_only_table (
    table_name  regclass primary key,
    declared_by text     not null
);

insert into append_only_table (table_name, declared_by) values ('audit_event', 'platform');
