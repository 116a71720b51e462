-- Indexes for the learner search (GET /api/v1/learners, LearnerSearch) at 1,000,000 learners over 3,000 centres
-- (LearnerSearchBench in the bench module; figures in docs/benchmarks.md). The search matches names with
-- lower(name) LIKE 'prefix%': a btree can serve that only with text_pattern_ops (or in a database whose collation
-- is "C"; the embedded one's is C.UTF-8, which PostgreSQL does not treat as "C"), and such an index cannot give
-- the order the pages are sorted in (lower(family), lower(given), id), so the order has indexes of its own.
-- learner_ref has its unique index and uln learners_uln_idx (V70); each way a text may match needs an index.

-- At one centre (centre administrators and assessors), each kind of search that names a learner:
-- family name, family name prefix, "given family" and "family given" (the second word on the second column).
create index learners_centre_family_prefix_idx
    on learners (centre_id, lower(family_name) text_pattern_ops, lower(given_name) text_pattern_ops);
-- given name and given name prefix (the one-word query is also tried as a given name).
create index learners_centre_given_prefix_idx on learners (centre_id, lower(given_name) text_pattern_ops);
-- the centre's list in page order, pages 1 to 20 and further, without sorting the whole centre's learners;
-- and the results search's pages, walked in learner order at the centre.
create index learners_centre_name_order_idx on learners (centre_id, lower(family_name), lower(given_name), id);
-- created from / to at one centre.
create index learners_centre_created_idx on learners (centre_id, created_at);

-- Across centres (support agents, board administrators): the same name searches over every centre. They carry the
-- names and the id, so LearnerSearch counts and sorts a name's matches from the index alone (a common family name
-- has 15,000 learners spread over every page of the table); an expression alone does not let PostgreSQL do that.
create index learners_family_prefix_idx
    on learners (lower(family_name) text_pattern_ops, lower(given_name) text_pattern_ops)
    include (family_name, given_name, id);
create index learners_given_prefix_idx
    on learners (lower(given_name) text_pattern_ops, lower(family_name) text_pattern_ops)
    include (given_name, family_name, id);
-- and the page order over every centre, which the results search walks when its clauses match many learners.
create index learners_name_order_idx on learners (lower(family_name), lower(given_name), id);

-- Centres differ a hundredfold in size, and the planner's choice between walking a centre's learners in name order
-- and fetching the matches then sorting depends on knowing how many a centre has: keep the largest 1,000 centres'
-- counts in the statistics instead of the default 100.
alter table learners alter column centre_id set statistics 1000;
