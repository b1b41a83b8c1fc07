-- API requests sent with an Idempotency-Key header (IETF draft-ietf-httpapi-idempotency-key-header): the first
-- request with a key claims it by inserting a row (the primary key is the caller and the key, so a concurrent
-- second request finds the claim); its answer is stored so that a retry gets the same answer instead of doing
-- the work again. Answers can hold personal data (a registered person's record), so rows are kept only until
-- expires_at (24 hours by default), then deleted, and each organisation sees only its own callers' rows.
create table idempotent_request (
    caller           varchar(80)  not null,
    idempotency_key  varchar(255) not null,
    organisation_id  uuid         not null,
    fingerprint      char(64)     not null,
    state            varchar(12)  not null check (state in ('IN_PROGRESS', 'DONE')),
    started_at       timestamptz  not null,
    expires_at       timestamptz  not null,
    response_status  int,
    response_headers text,
    response_body    bytea,
    primary key (caller, idempotency_key)
);

create index idempotent_request_expiry on idempotent_request (expires_at);

alter table idempotent_request enable row level security;
alter table idempotent_request force row level security;

create policy idempotent_request_seen_by_caller on idempotent_request
    using (organisation_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid)
    with check (organisation_id = nullif(current_setting('cylch.organisation_id', true), '')::uuid);
