-- Claims (certificate requests) and the rules of combination they are checked against (domain section 3).
-- A product's rules are data: one or more pathways, each with its units (mandatory or optional, with credits) and
-- the minimum credits a full award needs. A registration is on its product's default pathway unless
-- registration_pathways names another.

create table product_pathways (
    id               bigserial primary key,
    product_id       bigint not null references products (id),
    code             text not null,
    title            text not null,
    minimum_credits  integer not null check (minimum_credits >= 0),
    is_default       boolean not null default false,
    unique (product_id, code)
);
create unique index product_pathways_default_idx on product_pathways (product_id) where is_default;

create table pathway_units (
    pathway_id  bigint not null references product_pathways (id),
    unit_id     bigint not null references product_units (id),
    mandatory   boolean not null,
    credits     integer not null check (credits >= 0),
    primary key (pathway_id, unit_id)
);

create table registration_pathways (
    registration_id  bigint primary key references registrations (id),
    pathway_id       bigint not null references product_pathways (id)
);

create sequence claim_reference_seq start 100001;

-- state SUBMITTED (eligible, sent) or INELIGIBLE (kept unsubmitted, with its reasons, editable by its reference)
create table claims (
    id               bigserial primary key,
    reference        text not null unique,
    centre_id        bigint not null references centres (id),
    registration_id  bigint not null references registrations (id),
    learner_id       bigint not null references learners (id),
    product_id       bigint not null references products (id),
    award_type       text not null check (award_type in ('FULL', 'INTERIM', 'FALLBACK')),
    award_date       date not null,
    state            text not null check (state in ('SUBMITTED', 'INELIGIBLE')),
    reasons          jsonb not null default '[]',
    created_by       bigint references users (id),
    created_at       timestamptz not null default now(),
    submitted_at     timestamptz
);
create index claims_centre_state_idx on claims (centre_id, state, created_at);
create index claims_registration_idx on claims (registration_id);

create table claim_units (
    claim_id  bigint not null references claims (id) on delete cascade,
    unit_id   bigint not null references product_units (id),
    grade     text not null,
    primary key (claim_id, unit_id)
);
