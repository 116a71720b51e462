-- Sign-up (domain section 4): the emailed verification link works once and expires after 24 hours.
create table email_verifications (
    token_hash  bytea primary key,
    user_id     bigint not null references users (id) on delete cascade,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null default now()
);
create index email_verifications_user_idx on email_verifications (user_id);
