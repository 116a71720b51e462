-- How often each support article was opened (orders the help centre's typeahead and browse list).
create table article_views (
    article_id  text primary key,
    views       bigint      not null default 0 check (views >= 0),
    updated_at  timestamptz not null default now()
);

-- "Was this article helpful?" One vote per signed-in staff user or student per article (a new vote replaces
-- the old one); anonymous votes are kept one row each, rate-limited per client by the API.
create table article_feedback (
    id          bigserial primary key,
    article_id  text        not null,
    user_id     bigint references users (id) on delete cascade,
    student_id  bigint references students (id) on delete cascade,
    helpful     boolean     not null,
    comment     text check (char_length(comment) <= 2000),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    check (user_id is null or student_id is null)
);
create unique index article_feedback_one_per_user on article_feedback (article_id, user_id) where user_id is not null;
create unique index article_feedback_one_per_student on article_feedback (article_id, student_id)
    where student_id is not null;
create index article_feedback_by_article on article_feedback (article_id, helpful);
