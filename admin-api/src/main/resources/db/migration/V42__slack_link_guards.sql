-- Guards on linking. Wrong link codes sent by each Slack user: after 5 within 15 minutes, that user's codes are
-- refused for a while, on every node.
create table slack_link_failures (
    team_id        text not null,
    slack_user_id  text not null,
    failed_at      timestamptz not null
);
create index slack_link_failures_user_idx on slack_link_failures (team_id, slack_user_id, failed_at);

-- Slack users who unlinked: a matching verified email no longer links them again on their next message; only a
-- link code they redeem does (and clears this).
create table slack_link_optouts (
    team_id        text not null,
    slack_user_id  text not null,
    created_at     timestamptz not null default now(),
    primary key (team_id, slack_user_id)
);
