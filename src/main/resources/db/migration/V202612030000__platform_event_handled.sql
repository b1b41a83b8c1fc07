-- Which listener has handled which event, so that an event the registry republishes (after a restart, or on
-- several nodes at once) is acted on once. Written in the listener's own transaction.
create table event_handled (
    listener   text        not null,
    event_key  text        not null,
    handled_at timestamptz not null,
    primary key (listener, event_key)
);
