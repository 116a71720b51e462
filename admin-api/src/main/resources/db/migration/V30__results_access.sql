-- Candidate results website (domain section 2): series, candidates, entries, per-series access settings,
-- per-candidate access and credentials, associate centres, and the letter generation jobs with their files.

create table series (
    id                     bigserial primary key,
    name                   text not null unique,
    code                   text not null unique check (code ~ '^[A-Z][0-9]{2}$'),
    board                  text not null,
    credentials_open_from  date not null
);

-- Candidate numbers are four digits and unique within a centre; the UCI is unique within a centre too.
create table candidates (
    id                bigserial primary key,
    centre_id         bigint not null references centres (id),
    candidate_number  char(4) not null check (candidate_number ~ '^[0-9]{4}$'),
    forename          text not null,
    surname           text not null,
    uci               char(13) not null,
    unique (centre_id, candidate_number),
    unique (centre_id, uci)
);
create index candidates_centre_name_idx on candidates (centre_id, lower(surname), lower(forename));

create table entries (
    candidate_id  bigint not null references candidates (id),
    series_id     bigint not null references series (id),
    centre_id     bigint not null references centres (id),
    valid         boolean not null default true,
    primary key (candidate_id, series_id)
);
create index entries_centre_series_idx on entries (centre_id, series_id) where valid;

-- One row per centre and series once the centre has changed anything; no row means NONE.
create table results_access (
    centre_id                 bigint not null references centres (id),
    series_id                 bigint not null references series (id),
    mode                      text not null default 'NONE' check (mode in ('NONE', 'ALL', 'SELECTED')),
    agreed_to_handle_queries  boolean not null default false,
    contact_name              text,
    contact_phone             text,
    contact_email             text,
    delay_days                integer not null default 0 check (delay_days >= 0),
    updated_at                timestamptz not null default now(),
    primary key (centre_id, series_id)
);

-- The SELECTED list: which candidates the centre ticked for a series.
create table results_candidate_access (
    candidate_id  bigint not null references candidates (id),
    series_id     bigint not null references series (id),
    selected      boolean not null,
    primary key (candidate_id, series_id)
);

-- Passwords are random (about 70 bits) and stored only as a salted SHA-256 once the letters exist.
create table results_credentials (
    candidate_id   bigint not null references candidates (id),
    series_id      bigint not null references series (id),
    username       text not null unique,
    password_hash  text not null,
    generated_at   timestamptz not null,
    stale          boolean not null default false,
    job_id         bigint not null,
    primary key (candidate_id, series_id)
);

-- How a parent centre lets its associates use the service, per series.
create table results_associate_policy (
    parent_centre_id  bigint not null references centres (id),
    series_id         bigint not null references series (id),
    use_defaults      boolean not null default false,
    primary key (parent_centre_id, series_id)
);

create table results_associate_access (
    associate_centre_id  bigint not null references centres (id),
    series_id            bigint not null references series (id),
    give_access          boolean not null default false,
    contact_mode         text not null default 'DEFAULT' check (contact_mode in ('DEFAULT', 'CENTRE_DEFINED')),
    delay_days           integer not null default 0 check (delay_days >= 0),
    primary key (associate_centre_id, series_id)
);

create table results_jobs (
    id            bigserial primary key,
    centre_id     bigint not null references centres (id),
    series_id     bigint not null references series (id),
    state         text not null check (state in ('RUNNING', 'DONE', 'FAILED')),
    scope         text not null check (scope in ('PENDING', 'ALL')),
    done          integer not null default 0,
    total         integer not null default 0,
    message       text,
    requested_by  text not null,
    started_at    timestamptz not null,
    heartbeat_at  timestamptz not null,
    finished_at   timestamptz
);
-- At most one running job per centre and series: a second request gets the running one.
create unique index results_jobs_one_running_idx on results_jobs (centre_id, series_id) where state = 'RUNNING';
create index results_jobs_centre_series_idx on results_jobs (centre_id, series_id, id);

-- The produced letters (they hold the only clear copies of the passwords), stored in 1 MiB chunks so that
-- every node can serve them and neither writing nor reading needs the whole file in memory.
create table results_files (
    id          bigserial primary key,
    job_id      bigint not null references results_jobs (id),
    kind        text not null check (kind in ('PDF', 'ZIP')),
    bytes       bigint not null,
    created_at  timestamptz not null default now(),
    unique (job_id, kind)
);

create table results_file_chunks (
    file_id  bigint not null references results_files (id) on delete cascade,
    seq      integer not null,
    data     bytea not null,
    primary key (file_id, seq)
);
