-- Sign-in secrets, kept apart from the organisations module's user records (keyed by the same user id).
create table credential (
    user_id                uuid primary key,
    password_hash          varchar(255) not null,
    must_change_password   boolean      not null default false,
    failed_attempts        int          not null default 0,
    last_failed_at         timestamptz,
    locked_at              timestamptz,
    password_changed_at    timestamptz  not null default now()
);

-- Bearer tokens for machine clients. Only a SHA-256 digest of the secret is stored.
create table api_token (
    id               uuid primary key,
    user_id          uuid         not null,
    organisation_id  uuid         not null,
    name             varchar(100) not null,
    token_digest     char(64)     not null unique,
    roles            varchar(200) not null,
    created_at       timestamptz  not null default now(),
    expires_at       timestamptz  not null,
    revoked_at       timestamptz,
    last_used_at     timestamptz
);

create index api_token_user on api_token (user_id, created_at desc);
