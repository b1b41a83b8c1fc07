-- One-time form tokens. A token is issued without storing anything: a random id, the time it was issued and the
-- user it was issued to, signed with the key below (HMAC-SHA256). Sending a form spends its token by inserting
-- its id here; the primary key makes a second insert of the same id fail, on any node and under any
-- concurrency, so a form is acted on at most once. Rows are kept until the token could no longer be valid
-- (expires_at) and then deleted by the application's clean-up.
create table form_token_key (
    id          int primary key check (id = 1),
    secret      bytea       not null,
    created_at  timestamptz not null default now()
);

create table form_submission (
    token_id         varchar(32)  primary key,
    submitted_by     uuid         not null,
    submitted_at     timestamptz  not null,
    expires_at       timestamptz  not null,
    -- Where the first submission led (a path in Cylch, such as the record it made); shown to a second one.
    result_location  varchar(500)
);

create index form_submission_expiry on form_submission (expires_at);
