-- Indexes for the student search across centres (GET /api/v1/students as a support agent or board administrator,
-- StudentSearch) at 1,000,000 students over 3,000 centres (SearchBench in the bench module; figures and the indexes
-- each kind of search uses in docs/benchmarks.md). Within a centre the indexes of V1 and V10 serve: a centre holds
-- at most a few thousand students, and its rows lie together in the batches an import or export wrote.
-- The search matches names with lower(name) LIKE 'prefix%': a btree serves that only with text_pattern_ops (the
-- embedded database's collation is C.UTF-8, which PostgreSQL does not treat as "C"), and such an index cannot give
-- the pages' order, so the page is chosen from the matches' ids and sort keys (StudentSearch.byName).

-- "surname, all centres", "surname prefix, all centres" and "forename + surname, all centres": the range of a surname
-- prefix (and the forename prefix on the second column). It carries the names and the id, so the count and the
-- choice of the page read the index alone: a common surname has some 15,000 students over every part of the table.
create index students_surname_prefix_idx
    on students (lower(surname) text_pattern_ops, lower(forename) text_pattern_ops)
    include (surname, forename, id);

-- "UCI, all centres": a UCI without its centre (the unique index of V1 leads with centre_id).
create index students_uci_idx on students (uci);

-- "surname + date of birth, all centres": one day of birth holds a few hundred students over every centre, far fewer
-- than a common surname.
create index students_date_of_birth_idx on students (date_of_birth);
