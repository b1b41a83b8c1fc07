-- A second factor for sign-in (TOTP), recovery codes, and when each account last signed in.

-- The authenticator secret, sealed with AES-256-GCM under a key from configuration (never stored here);
-- the last 30-second step whose code was accepted, so no code is accepted twice.
alter table credential
    add column totp_secret_sealed  varchar(200),
    add column totp_enrolled_at    timestamptz,
    add column totp_last_step      bigint,
    -- Dormant accounts are disabled after a period without sign-in, counted from the last sign-in, or from
    -- creation for an account never used. Accounts that exist before this migration count from now.
    add column created_at          timestamptz not null default now(),
    add column last_signed_in_at   timestamptz,
    add column dormant_disabled_at timestamptz;

-- Single-use recovery codes: 80 random bits each, so a SHA-256 digest is enough (as for API tokens).
create table recovery_code (
    user_id     uuid        not null,
    code_digest char(64)    not null,
    created_at  timestamptz not null,
    used_at     timestamptz,
    primary key (user_id, code_digest)
);
