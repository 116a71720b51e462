-- Staff forgotten password (accounts): an emailed link that works once, for one hour. Only the SHA-256 of its
-- token is kept. A newer request for the same account supersedes the older links (superseded_at).
create table account_password_resets (
    token_hash     bytea primary key,
    user_id        bigint not null references users (id) on delete cascade,
    expires_at     timestamptz not null,
    used_at        timestamptz,
    superseded_at  timestamptz,
    created_at     timestamptz not null default now()
);
create index account_password_resets_user_idx on account_password_resets (user_id);
