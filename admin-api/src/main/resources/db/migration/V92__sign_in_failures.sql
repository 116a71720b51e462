-- Wrong sign-in attempts, counted per door (staff, student, candidate, activation), per account name as typed and
-- per client address. Counting by (account, address) slows down whoever is guessing without ever refusing the
-- account's owner at another address; unknown names are counted the same way, so the answers do not tell them apart.
create table sign_in_failures (
    door           text        not null,
    subject        text        not null,
    client         text        not null,
    failures       integer     not null,
    last_failed_at timestamptz not null,
    primary key (door, subject, client)
);
