-- Learner management part 2 (domain section 3): test bookings (entries) for testable units. A booking belongs to a
-- learner's registration; its test window is open 4 hours either side of starts_at. A booking whose test has been
-- taken has taken_at set; a cancelled one keeps its row with status CANCELLED.

create table bookings (
    id                  bigserial primary key,
    centre_id           bigint not null references centres (id),
    registration_id     bigint not null references registrations (id),
    learner_id          bigint not null references learners (id),
    unit_id             bigint not null references product_units (id),
    delivery            text not null check (delivery in ('ONSCREEN', 'PAPER')),
    mode                text check (mode in ('CLASSROOM', 'OFFLINE', 'ONLINE')),
    extra_time_percent  integer not null default 0 check (extra_time_percent in (0, 25)),
    starts_at           timestamptz not null,
    status              text not null default 'BOOKED' check (status in ('BOOKED', 'CANCELLED')),
    taken_at            timestamptz,
    package_version     integer not null default 1,
    created_by          bigint references users (id),
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    check ((delivery = 'ONSCREEN') = (mode is not null))
);
create index bookings_centre_idx on bookings (centre_id, starts_at);
create index bookings_registration_idx on bookings (registration_id);
-- a learner has one live booking per unit
create unique index bookings_once_idx on bookings (learner_id, unit_id) where status = 'BOOKED' and taken_at is null;
