-- Rate limits (Bucket4j's PostgreSQL store): one token bucket per kind of request and client, so limits hold
-- across application nodes. The id names the kind and the client address, or the SHA-256 digest of an API token,
-- never a secret. expires_at (epoch milliseconds) is when an idle bucket would be full again; such rows are
-- removed by a scheduled clean-up.
create table rate_limit_bucket (
    id         varchar(200) primary key,
    state      bytea,
    expires_at bigint
);

create index rate_limit_bucket_expiry on rate_limit_bucket (expires_at);
