-- The links of the student forgotten-password process: a student asks with their email address and gets a link
-- that works once, for one hour. Only the SHA-256 of the link's token is stored. Asking again spends the older
-- links (spent_at), so only the newest one works; a used link is spent too.
create table student_password_resets (
    token_hash  bytea       primary key,
    student_id  bigint      not null references students (id) on delete cascade,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    spent_at    timestamptz
);
create index student_password_resets_live_idx on student_password_resets (student_id) where spent_at is null;
