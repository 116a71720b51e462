-- Cases (domain section 4): the case itself, its activity history and its attachments.

create table cases (
    id                     bigserial primary key,
    number                 char(8) not null unique check (number ~ '^[0-9]{8}$'),
    -- the requester: a staff user, a student, or nobody (an anonymous contact, known only by the contact details)
    requester_user_id      bigint references users (id),
    requester_student_id   bigint references students (id),
    requester_centre_id    bigint references centres (id),
    contact_name           text not null,
    contact_email          text not null,
    contact_phone          text,
    customer_type          text not null,
    issue_type             text not null,
    category               text not null,
    subcategory            text not null,
    qualification          text not null,
    qualification_subject  text not null,
    subject                text not null,
    description            text not null,
    support_option         text not null check (support_option in ('CHAT', 'CALL', 'MESSAGE')),
    status                 text not null check (status in ('NEW', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'RESOLVED',
        'CLOSED')),
    queue                  text not null,
    assigned_agent_id      bigint references users (id),
    target_days            integer not null,
    due_at                 timestamptz not null,
    first_response_at      timestamptz,
    target_missed_at       timestamptz,
    call_logged_at         timestamptz,
    conversation_id        uuid references conversations (id),
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    resolved_at            timestamptz,
    closed_at              timestamptz,
    check (requester_user_id is null or requester_student_id is null)
);
create index cases_requester_user_idx on cases (requester_user_id, created_at desc) where requester_user_id is not null;
create index cases_requester_student_idx on cases (requester_student_id, created_at desc)
    where requester_student_id is not null;
-- the agent queue: open cases by queue, most urgent first
create index cases_open_queue_idx on cases (queue, due_at, id) where status in ('NEW', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER');
create index cases_open_due_idx on cases (due_at, id) where status in ('NEW', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER');
create index cases_created_idx on cases (created_at);

create table case_activity (
    id          bigserial primary key,
    case_id     bigint not null references cases (id) on delete cascade,
    kind        text not null check (kind in ('CREATED', 'FIELD_CHANGED', 'OWNER_CHANGED', 'REQUESTER_COMMENT',
        'AGENT_COMMENT', 'STATUS_CHANGED', 'ATTACHMENT_ADDED', 'TARGET_MISSED', 'CALL_LOGGED')),
    actor_name  text not null,
    body        text,
    created_at  timestamptz not null
);
create index case_activity_case_idx on case_activity (case_id, id);

create table case_attachments (
    id            bigserial primary key,
    case_id       bigint not null references cases (id) on delete cascade,
    file_name     text not null,
    content_type  text not null,
    size_bytes    bigint not null,
    sha256        char(64) not null,
    content       bytea not null,
    uploaded_by   text not null,
    created_at    timestamptz not null
);
create index case_attachments_case_idx on case_attachments (case_id, id);
