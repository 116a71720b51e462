-- Student results accounts: idempotent changes, single-use codes, the student side, exam entries, imports.

-- An account made by the verification-code export has no email until the student gives one on activation.
alter table students alter column email drop not null;
alter table students add column created_by_user_id bigint references users (id);
create index students_centre_created_idx on students (centre_id, created_at);

-- A change retried with the same Idempotency-Key answers the stored response and changes nothing twice.
create table idempotency_keys (
    caller_type   text not null,
    caller_id     bigint not null,
    key           text not null,
    request       text not null,
    status        integer,
    response      jsonb,
    created_at    timestamptz not null default now(),
    primary key (caller_type, caller_id, key)
);

-- Activation (welcome email, export) codes: single-use, expiring, stored only as SHA-256.
create table student_codes (
    code_hash    bytea primary key,
    student_id   bigint not null references students (id) on delete cascade,
    purpose      text not null check (purpose in ('ACTIVATION')),
    expires_at   timestamptz not null,
    used_at      timestamptz,
    created_at   timestamptz not null default now()
);
create index student_codes_student_idx on student_codes (student_id) where used_at is null;

-- The identity check the bot runs for a student: 3 failures lock it for 15 minutes, per email address.
create table student_identity_checks (
    email_key     text primary key,
    failures      integer not null default 0,
    locked_until  timestamptz
);

-- What the centre entered for each exam series: imports must match it; the export creates accounts from it.
-- The series is a text key such as 'june-2026' (the results feature keeps its own series table).
create table exam_entries (
    id             bigserial primary key,
    centre_id      bigint not null references centres (id),
    uci            char(13) not null,
    forename       text not null,
    surname        text not null,
    date_of_birth  date not null,
    series         text not null,
    unique (centre_id, series, uci)
);
create index exam_entries_centre_uci_idx on exam_entries (centre_id, uci);

-- One upload: what was accepted, and the rejected rows kept for download as CSV.
create table student_imports (
    id            uuid primary key,
    centre_id     bigint not null references centres (id),
    user_id       bigint not null references users (id),
    file_name     text not null,
    accepted      integer not null,
    rejected      integer not null,
    rejected_csv  text not null,
    created_at    timestamptz not null default now()
);
