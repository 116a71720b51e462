-- Slack: which Slack user is which staff account, the one-time codes that link them, the Slack event ids
-- already handled (Slack retries an event it thinks we missed), and each Slack user's conversation per channel.

create table slack_links (
    team_id        text not null,
    slack_user_id  text not null,
    user_id        bigint not null references users (id) on delete cascade,
    linked_by      text not null check (linked_by in ('CODE', 'EMAIL')),
    created_at     timestamptz not null default now(),
    primary key (team_id, slack_user_id)
);
create index slack_links_user_idx on slack_links (user_id);

-- Link codes are stored only as their SHA-256; a code works once and for 10 minutes.
create table slack_link_codes (
    code_hash   bytea primary key,
    user_id     bigint not null references users (id) on delete cascade,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null default now()
);
create index slack_link_codes_user_idx on slack_link_codes (user_id);

create table slack_events (
    event_id     text primary key,
    received_at  timestamptz not null default now()
);
create index slack_events_received_idx on slack_events (received_at);

create table slack_conversations (
    team_id           text not null,
    slack_user_id     text not null,
    slack_channel_id  text not null,
    conversation_id   uuid not null references conversations (id) on delete cascade,
    primary key (team_id, slack_user_id, slack_channel_id)
);
