-- What happened to cases, kept for an hour so every node can bring it to the people connected to it: a node
-- writes the event here and NOTIFYs its id on the channel examdesk_case_events; each node LISTENs and reads the
-- rows after the last id it saw, so a notification missed during a reconnect is caught up.
create table case_events (
    id          bigserial primary key,
    kind        text not null,
    notice      jsonb not null,
    created_at  timestamptz not null default now()
);
create index case_events_created_idx on case_events (created_at);
