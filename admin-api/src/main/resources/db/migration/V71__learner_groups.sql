-- Learner-group uploads (domain section 3): a named upload of many learners, its records as the file gave them,
-- each checked valid or invalid with reasons, amended or removed, then submitted to create the learners.
-- Also the local reference table of the Learner Records Service, and where learner ids of new learners come from.

create table learner_groups (
    id            bigserial primary key,
    centre_id     bigint not null references centres (id),
    owner_id      bigint not null references users (id),
    name          text not null,
    file_name     text not null,
    state         text not null check (state in ('VALIDATING', 'VALIDATED', 'SUBMITTED', 'FAILED')),
    checked       integer not null default 0,
    message       text,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    submitted_at  timestamptz,
    submitted_by  bigint references users (id)
);
-- a group name is unique to its owner (ignoring case)
create unique index learner_groups_owner_name_idx on learner_groups (owner_id, lower(name));
create index learner_groups_centre_idx on learner_groups (centre_id, created_at desc);

-- one learner of an upload, its cells as the file gave them; valid is null until the record has been checked (half
-- of each page is left free, so that storing the checks rewrites each row in its own page without touching the index)
create table learner_group_records (
    group_id       bigint not null references learner_groups (id),
    n              integer not null,
    given_name     text not null,
    family_name    text not null,
    date_of_birth  text not null,
    gender         text not null,
    uln            text not null,
    valid          boolean,
    reasons        jsonb not null default '[]',
    primary key (group_id, n)
) with (fillfactor = 50);

-- a learner created from a group: the group, and the row of the record it came from
alter table learners add column group_id bigint references learner_groups (id), add column group_row integer;
create index learners_group_idx on learners (group_id, group_row) where group_id is not null;

-- learner ids of learners created by ExamDesk: L and nine digits, apart from the eight-digit ids of older records
create sequence learner_ref_seq start with 100000001;

-- the Learner Records Service as this installation knows it: one row per ULN (filled by the demo data; a client of
-- the real service can replace it behind the LearnerRecords interface)
create table lrs_learners (
    uln            char(10) primary key,
    given_name     text not null,
    family_name    text not null,
    date_of_birth  date not null
);
