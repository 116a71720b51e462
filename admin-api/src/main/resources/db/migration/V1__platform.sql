-- Centres, staff identity, sessions, service tokens, conversations, audit and the email outbox.

create table centres (
    id                       bigserial primary key,
    number                   text not null unique,
    name                     text not null,
    parent_id                bigint references centres (id),
    shares_student_emails    boolean not null default true,
    created_at               timestamptz not null default now()
);

create table users (
    id                bigserial primary key,
    username          text not null,
    email             text not null,
    first_name        text not null,
    last_name         text not null,
    country           text not null default 'United Kingdom',
    password_hash     text not null,
    centre_id         bigint references centres (id),
    email_verified    boolean not null default false,
    failed_logins     integer not null default 0,
    locked_until      timestamptz,
    created_at        timestamptz not null default now()
);
create unique index users_username_key on users (lower(username));
create index users_email_idx on users (lower(email));

create table user_roles (
    user_id  bigint not null references users (id) on delete cascade,
    role     text not null check (role in ('EXAMS_OFFICER', 'EXAMS_MANAGER', 'EXAMS_ASSISTANT', 'ADMINISTRATOR',
        'TEACHER', 'ASSESSOR', 'QUALITY_NOMINEE', 'ASSESSMENT_ASSOCIATE', 'CENTRE_ADMINISTRATOR',
        'SUPPORT_AGENT', 'BOARD_ADMIN')),
    primary key (user_id, role)
);

-- Opaque bearer tokens are stored only as their SHA-256.
create table sessions (
    token_hash      bytea primary key,
    principal_type  text not null check (principal_type in ('STAFF', 'STUDENT')),
    principal_id    bigint not null,
    created_at      timestamptz not null default now(),
    expires_at      timestamptz not null,
    revoked_at      timestamptz
);
create index sessions_principal_idx on sessions (principal_type, principal_id);

create table service_tokens (
    id          bigserial primary key,
    name        text not null,
    token_hash  bytea not null unique,
    created_at  timestamptz not null default now(),
    revoked_at  timestamptz
);

-- Student results accounts (domain section 1).
create table students (
    id                      bigserial primary key,
    centre_id               bigint not null references centres (id),
    forename                text not null,
    surname                 text not null,
    uci                     char(13) not null,
    email                   text not null,
    date_of_birth           date not null,
    school_year             integer,
    status                  text not null check (status in ('ACTIVE', 'NOT_ACTIVATED', 'FAILED_ACTIVATION',
        'FORGOTTEN_PASSWORD', 'LOCKED')),
    mock_permission         boolean not null default true,
    high_stakes_permission  boolean not null default true,
    activation_failures     integer not null default 0,
    login_failures          integer not null default 0,
    reset_failures          integer not null default 0,
    password_hash           text,
    created_at              timestamptz not null default now(),
    created_by              text not null,
    unique (centre_id, uci)
);
create index students_centre_surname_idx on students (centre_id, lower(surname), lower(forename));
create index students_centre_status_idx on students (centre_id, status);
create index students_email_idx on students (lower(email));

-- Conversation state lives here so any node (or a restart) carries a conversation on.
create table conversations (
    id           uuid primary key,
    channel      text not null,
    user_id      bigint references users (id),
    student_id   bigint references students (id),
    state        jsonb not null default '{}'::jsonb,
    version      integer not null default 0,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);

create table conversation_messages (
    id               bigserial primary key,
    conversation_id  uuid not null references conversations (id) on delete cascade,
    author           text not null check (author in ('USER', 'BOT', 'AGENT')),
    body             jsonb not null,
    created_at       timestamptz not null default now()
);
create index conversation_messages_conv_idx on conversation_messages (conversation_id, id);

create table audit_log (
    id              bigserial primary key,
    actor_type      text not null,
    actor_id        bigint,
    actor_name      text not null,
    on_behalf_of    text,
    channel         text not null,
    action          text not null,
    target_type     text not null,
    target_id       text not null,
    before_state    jsonb,
    after_state     jsonb,
    request_id      text,
    created_at      timestamptz not null default now()
);
create index audit_log_target_idx on audit_log (target_type, target_id, id);

create table outbox (
    id             bigserial primary key,
    recipient      text not null,
    subject        text not null,
    body           text not null,
    created_at     timestamptz not null default now(),
    attempts       integer not null default 0,
    next_attempt   timestamptz not null default now(),
    sent_at        timestamptz,
    last_error     text
);
create index outbox_pending_idx on outbox (next_attempt) where sent_at is null;
create index outbox_recipient_idx on outbox (lower(recipient), id);
