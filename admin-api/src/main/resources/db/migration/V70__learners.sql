-- Learner management (domain section 3): learners of a centre, the board's products and their units,
-- registration orders and the registrations they place, the one amendment a centre may make, and results.

create table learners (
    id             bigserial primary key,
    learner_ref    text not null unique,
    centre_id      bigint not null references centres (id),
    given_name     text not null,
    family_name    text not null,
    date_of_birth  date not null,
    gender         text not null check (gender in ('FEMALE', 'MALE', 'OTHER', 'NOT_GIVEN')),
    uln            char(10),
    created_at     timestamptz not null default now()
);
create index learners_centre_idx on learners (centre_id, family_name, given_name);
create index learners_uln_idx on learners (uln);

create table products (
    id              bigserial primary key,
    reference       text not null unique,
    title           text not null,
    kind            text not null check (kind in ('QUALIFICATION', 'APPRENTICESHIP_FRAMEWORK')),
    price_pence     integer not null check (price_pence >= 0),
    approved        boolean not null,
    in_date         boolean not null
);

create table product_units (
    id          bigserial primary key,
    product_id  bigint not null references products (id),
    code        text not null,
    title       text not null,
    type        text not null check (type in ('INTERNALLY_ASSESSED', 'TESTABLE')),
    onscreen    boolean not null default false,
    paper       boolean not null default false,
    unique (product_id, code),
    check (type = 'INTERNALLY_ASSESSED' or onscreen or paper)
);

create table registration_orders (
    id              bigserial primary key,
    centre_id       bigint not null references centres (id),
    po_number       text,
    total_pence     bigint not null,
    invoice_status  text not null default 'NOT_INVOICED'
                    check (invoice_status in ('NOT_INVOICED', 'INVOICED', 'PAID')),
    created_by      bigint references users (id),
    created_at      timestamptz not null default now()
);

create table registration_order_products (
    order_id    bigint not null references registration_orders (id),
    product_id  bigint not null references products (id),
    primary key (order_id, product_id)
);

create table registrations (
    id            bigserial primary key,
    learner_id    bigint not null references learners (id),
    product_id    bigint not null references products (id),
    order_id      bigint not null references registration_orders (id),
    course_start  date not null,
    course_end    date not null,
    cost_pence    integer not null,
    status        text not null default 'ACTIVE' check (status in ('ACTIVE', 'COMPLETED', 'CANCELLED')),
    created_at    timestamptz not null default now(),
    check (course_start < course_end)
);
-- a learner is registered on a product once, while that registration is not cancelled
create unique index registrations_once_idx on registrations (learner_id, product_id) where status <> 'CANCELLED';
create index registrations_order_idx on registrations (order_id);

create table learner_amendments (
    id          bigserial primary key,
    learner_id  bigint not null references learners (id),
    field       text not null check (field in ('GIVEN_NAME', 'FAMILY_NAME', 'DATE_OF_BIRTH')),
    old_value   text not null,
    new_value   text not null,
    made_by     text not null,
    made_at     timestamptz not null default now()
);
-- the centre may make one amendment per learner; more are the board's account specialist's
create unique index learner_amendments_once_idx on learner_amendments (learner_id);

-- a unit outcome (unit_id set) or the overall result of the product (unit_id null)
create table learner_results (
    id          bigserial primary key,
    learner_id  bigint not null references learners (id),
    product_id  bigint not null references products (id),
    unit_id     bigint references product_units (id),
    grade       text not null check (grade in ('P', 'F', 'M', 'D', 'D*', 'A*', 'A', 'B', 'C', 'E', 'U')),
    awarded_at  date not null
);
create unique index learner_results_once_idx on learner_results (learner_id, product_id, coalesce(unit_id, 0));
create index learner_results_product_idx on learner_results (product_id, grade);
