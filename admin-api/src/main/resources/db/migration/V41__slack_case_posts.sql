-- Each case posted to the agents' Slack channel: where its message is, so a claim can update it and the replies
-- in its thread find their case.
create table slack_case_posts (
    case_id     bigint primary key references cases (id) on delete cascade,
    channel_id  text not null,
    message_ts  text not null,
    created_at  timestamptz not null default now(),
    unique (channel_id, message_ts)
);
