-- The name match (GET /api/v1/students/match, StudentNameDao) without folding a name per request. V61 indexed
-- student_name_entries(forename, surname), an expression the index computed once per written name but every match
-- computed again for each candidate (and student_name_keys for each candidate and term): about 100 µs of PL/pgSQL a
-- candidate, 4 to 10 s for a common full name across 1,000,000 students (SearchBench, docs/benchmarks.md).
-- Now each name's keys are kept in the row, computed once when the name is written (as the index's expression was),
-- and the index holds entries built from those keys by a function that folds nothing.

alter table students
    add column forename_keys text[] generated always as (coalesce(student_name_keys(forename), '{}')) stored,
    add column surname_keys text[] generated always as (coalesce(student_name_keys(surname), '{}')) stored;

-- The entries of V61's student_name_entries, from keys already folded: for every key, '=' and the key and, for a key
-- of 5 to 64 letters, its length with its first half and its length with its last half less one letter.
create function student_name_key_entries(forename_keys text[], surname_keys text[]) returns text[]
    language plpgsql immutable parallel safe
    set search_path from current
as $$
declare
    entries text[] := '{}';
    key text;
    n integer;
begin
    foreach key in array coalesce(forename_keys, '{}') || coalesce(surname_keys, '{}') loop
        n := length(key);
        entries := entries || ('=' || key);
        if n between 5 and 64 then
            entries := entries || (n || '<' || left(key, n / 2)) || (n || '>' || right(key, (n + 1) / 2 - 1));
        end if;
    end loop;
    return entries;
end
$$;

-- V61's entries of a name (the learners' index uses them) now come from the same function, so the two indexes can
-- never disagree; the result is unchanged, so the learners' index needs no rebuild.
create or replace function student_name_entries(forename text, surname text) returns text[]
    language sql immutable parallel safe
    set search_path from current
as $$
    select student_name_key_entries(student_name_keys(forename), student_name_keys(surname))
$$;

-- Every kind of name match: "match: full name", "match: full name, one typo", "match: surname", at a centre (a
-- bitmap AND with students_centre_created_idx) and across centres. Exact full names are looked up first with two
-- '=' entries together (a bitmap AND inside this index), which is what makes a common name across centres cheap.
drop index students_name_entries_idx;
create index students_name_entries_idx on students using gin (student_name_key_entries(forename_keys, surname_keys));
