-- Matching student names for the bot (GET /api/v1/students/match): names compared ignoring case, accents
-- (unaccent: é -> e, ł -> l, ß -> ss), apostrophes (O'Connor = OConnor) and hyphens (Smith-Jones = SmithJones =
-- Smith + Jones), exactly or one edit apart; and the closest names by trigram similarity when nothing matches.
-- The three extensions are "trusted": a database owner may create them without being a superuser.
create extension if not exists unaccent;
create extension if not exists pg_trgm;
create extension if not exists fuzzystrmatch;

-- The functions are IMMUTABLE so indexes can use them (unaccent's rules are fixed for an installation; should they
-- change, REINDEX the two indexes below). "set search_path from current" pins the schema the extensions are in:
-- PostgreSQL 17 runs ANALYZE, REINDEX and autovacuum with a search path of pg_catalog only. The functions that
-- build array values are PL/pgSQL: a SQL function with a subquery costs many times more a call, and the index
-- computes one for every student an import writes.

-- Lower case, accents removed, apostrophes dropped, every run of spaces, hyphens and other separators one space:
-- 'Mary-Jane O’Connor' -> 'mary jane oconnor'.
create function student_name_fold(name text) returns text
    language sql immutable strict parallel safe
    set search_path from current
as $$
    select btrim(regexp_replace(regexp_replace(lower(unaccent('unaccent', name)), '[''`´ʼ‘’]', '', 'g'),
                                '[[:space:].,;:_/\\()"‐‑‒–—-]+', ' ', 'g'))
$$;

-- One name (or one word or pair of words of a query) as a single key, separators dropped: 'Smith-Jones' ->
-- 'smithjones', 'mc donald' -> 'mcdonald', 'D''Arcy' -> 'darcy'.
create function student_name_key(name text) returns text
    language sql immutable strict parallel safe
    set search_path from current
as $$
    select replace(student_name_fold(name), ' ', '')
$$;

-- Every key a stored name answers to: the whole name and, when it has several parts, each part:
-- 'Mary-Jane' -> {maryjane, mary, jane}; 'O''Connor' -> {oconnor}.
create function student_name_keys(name text) returns text[]
    language plpgsql immutable strict parallel safe
    set search_path from current
as $$
declare
    folded text := student_name_fold(name);
begin
    if folded = '' then
        return '{}';
    elsif strpos(folded, ' ') = 0 then
        return array[folded];
    end if;
    return replace(folded, ' ', '') || string_to_array(folded, ' ');
end
$$;

-- What students_name_entries_idx holds for a student: for every key of the forename and surname, '=' and the key,
-- and, for a key of 5 to 64 letters, its length with its first half ('11<lukas') and its length with its last half
-- less one letter ('11>ewicz'). One insertion, deletion, substitution or swap of adjacent letters falls in one half
-- of the stored key, so a word of 5 letters or more one edit from it shares the other half: student_name_probe
-- finds every candidate with three index entries a key, where the letter-deleted variants of "symmetric delete"
-- need one a letter (and tripled what the index adds to an import). Longer keys (no real name) match exactly only.
-- NameMatchIT tries every single-letter typo of a few names.
create function student_name_entries(forename text, surname text) returns text[]
    language plpgsql immutable parallel safe
    set search_path from current
as $$
declare
    entries text[] := '{}';
    key text;
    n integer;
begin
    foreach key in array coalesce(student_name_keys(forename), '{}') || coalesce(student_name_keys(surname), '{}') loop
        n := length(key);
        entries := entries || ('=' || key);
        if n between 5 and 64 then
            entries := entries || (n || '<' || left(key, n / 2)) || (n || '>' || right(key, (n + 1) / 2 - 1));
        end if;
    end loop;
    return entries;
end
$$;

-- The entries a name one edit from this key (a word or pair of words of a query) may have, and its own: for a key
-- of n letters, the halves of a key of n - 1, n and n + 1 letters that it shares when the edit is in the other half.
create function student_name_probe(key text) returns text[]
    language plpgsql immutable strict parallel safe
    set search_path from current
as $$
declare
    entries text[] := array['=' || key];
    n integer := length(key);
begin
    if n between 5 and 64 then
        for len in greatest(n - 1, 5) .. least(n + 1, 64) loop
            entries := entries || (len || '<' || left(key, len / 2)) || (len || '>' || right(key, (len + 1) / 2 - 1));
        end loop;
    end if;
    return entries;
end
$$;

-- Whether two different keys are one edit apart: one insertion, deletion or substitution (fuzzystrmatch's
-- levenshtein, bounded so it stops early), or one swap of adjacent letters ('dubios' -> 'dubois'), which
-- levenshtein counts as two. That is an optimal-string-alignment (restricted Damerau) distance of 1;
-- fuzzystrmatch has no Damerau distance. Keys over levenshtein's limit of 255 characters only ever match exactly.
create function student_name_one_edit(a text, b text) returns boolean
    language sql immutable strict parallel safe
    set search_path from current
as $$
    select a <> b and abs(length(a) - length(b)) <= 1 and greatest(length(a), length(b)) <= 255
           and (levenshtein_less_equal(a, b, 1) <= 1
                or (length(a) = length(b)
                    and exists (select 1 from generate_series(1, length(a) - 1) i
                                 where substr(a, i, 1) = substr(b, i + 1, 1) and substr(a, i + 1, 1) = substr(b, i, 1)
                                   and left(a, i - 1) = left(b, i - 1) and substr(a, i + 2) = substr(b, i + 2))))
$$;

create index students_name_entries_idx on students using gin (student_name_entries(forename, surname));
-- The full name folded ('zoe lukasiewicz'), for the closest names by trigram similarity.
create index students_full_name_trgm_idx on students
    using gin (student_name_fold(forename || ' ' || surname) gin_trgm_ops);
