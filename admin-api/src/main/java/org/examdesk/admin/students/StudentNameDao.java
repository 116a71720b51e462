package org.examdesk.admin.students;

import java.util.List;
import org.examdesk.admin.names.NameHit;
import org.examdesk.admin.names.NameMatcher;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Finding students by name (migrations V61 and V98): both sides are folded by the same SQL functions (a student's
 * keys once, when the name is written), candidates come from {@code students_name_entries_idx}, the closest names
 * from {@code students_full_name_trgm_idx}. Which of the
 * matches count, and how they rank, is decided in {@link NameMatcher}.
 */
@RegisterConstructorMapper(NameHit.class)
public interface StudentNameDao {
    /** The query's terms, each folded to a key, and the entries a name one edit from it may have (its probe). */
    String TERMS =
            """
            with term as (
                select t.ord, student_name_key(t.text) as key, student_name_probe(student_name_key(t.text)) as probe
                  from unnest(cast(:terms as text[])) with ordinality as t(text, ord)
            )""";

    /** Each candidate's names against each term: equal after folding, or one edit apart when both have 5 to 64 letters. */
    String COMPARE =
            """
            select c.id, coalesce(c.surname_keys[1], '') as surname_key, coalesce(c.forename_keys[1], '') as forename_key,
                   n.field, term.ord as term, term.key = any(n.keys) as exact
              from candidate c
              join term on term.probe && c.entries
             cross join lateral (values ('FORENAME', c.forename_keys), ('SURNAME', c.surname_keys)) as n(field, keys)
             where term.key = any(n.keys)
                or (length(term.key) between 5 and 64 and exists (select 1 from unnest(n.keys) k
                     where length(k) between 5 and 64 and student_name_one_edit(term.key, k)))""";

    /**
     * Every name, within {@code centreId} (every centre when null), equal to a term after folding, or one edit
     * from it when both have 5 to 64 letters. Candidates come from {@code students_name_entries_idx} (an entry in
     * common with a term's probe), their keys from the row (V98); only a candidate and a term that share an entry
     * are compared, so leftover words in the query cost little.
     */
    @SqlQuery(TERMS
            + """
            , candidate as materialized (
                select s.id, s.forename_keys, s.surname_keys,
                       student_name_key_entries(s.forename_keys, s.surname_keys) as entries
                  from students s
                 where student_name_key_entries(s.forename_keys, s.surname_keys)
                           && (select array_agg(e) from term, unnest(probe) e)
                   and (cast(:centreId as bigint) is null or s.centre_id = :centreId)
            )
            """
            + COMPARE)
    List<NameHit> hits(@Bind("terms") String[] terms, @Bind("centreId") Long centreId);

    /** The pairs of terms ({@code first[i]}, {@code second[i]}, numbers from 1) a candidate's names must hold. */
    String PAIRS =
            """
            , pair as (
                select ta.key as a_key, ta.probe as a_probe, tb.key as b_key, tb.probe as b_probe
                  from unnest(cast(:first as int[]), cast(:second as int[])) as p(a, b)
                  join term ta on ta.ord = p.a
                  join term tb on tb.ord = p.b
                 where ta.key <> '' and tb.key <> ''
            )""";

    /** The end of a pair lookup: the caller's centre (every centre when null). */
    String PAIR_FOUND_END =
            """
                          and (cast(:centreId as bigint) is null or s.centre_id = :centreId)) s
            )
            """;

    /** The candidates found for the pairs, each once, with their keys and entries. */
    String PAIR_CANDIDATES =
            """
            , candidate as materialized (
                select s.id, s.forename_keys, s.surname_keys,
                       student_name_key_entries(s.forename_keys, s.surname_keys) as entries
                  from students s
                 where s.id in (select id from found)
            )
            """;

    /**
     * The comparison for the candidates only whose names hold both terms of a pair exactly: two '=' entries looked
     * up together, which the index answers by intersecting them, so a common forename and a common surname cost
     * only the people who have both.
     */
    @SqlQuery(TERMS + PAIRS
            + """
            , found as (
                select distinct s.id
                  from pair
                 cross join lateral (
                       select s.id
                         from students s
                        where student_name_key_entries(s.forename_keys, s.surname_keys)
                                  @> array['=' || pair.a_key, '=' || pair.b_key]
            """
            + PAIR_FOUND_END
            + PAIR_CANDIDATES
            + COMPARE)
    List<NameHit> exactPairHits(
            @Bind("terms") String[] terms,
            @Bind("first") int[] first,
            @Bind("second") int[] second,
            @Bind("centreId") Long centreId);

    /**
     * The comparison for the candidates only whose names answer to both terms of a pair, exactly or one edit away
     * (an entry in common with each probe, both looked up together in the index): every full-name match is among
     * them, since a full name needs two terms.
     */
    @SqlQuery(TERMS + PAIRS
            + """
            , found as (
                select distinct s.id
                  from pair
                 cross join lateral (
                       select s.id
                         from students s
                        where student_name_key_entries(s.forename_keys, s.surname_keys) && pair.a_probe
                          and student_name_key_entries(s.forename_keys, s.surname_keys) && pair.b_probe
            """
            + PAIR_FOUND_END
            + PAIR_CANDIDATES
            + COMPARE)
    List<NameHit> pairHits(
            @Bind("terms") String[] terms,
            @Bind("first") int[] first,
            @Bind("second") int[] second,
            @Bind("centreId") Long centreId);

    /**
     * Up to {@code limit} distinct full names, within {@code centreId} (every centre when null), most similar to
     * {@code query} by trigrams ({@code students_full_name_trgm_idx}), among those above pg_trgm's similarity
     * threshold (0.3 unless configured).
     */
    @SqlQuery(
            """
            select name
              from (select s.forename || ' ' || s.surname as name,
                           similarity(student_name_fold(s.forename || ' ' || s.surname), q.folded) as similarity
                      from students s, (select student_name_fold(:query) as folded) q
                     where student_name_fold(s.forename || ' ' || s.surname) % q.folded
                       and (cast(:centreId as bigint) is null or s.centre_id = :centreId)) scored
             group by name
             order by max(similarity) desc, name
             limit :limit""")
    List<String> closest(@Bind("query") String query, @Bind("centreId") Long centreId, @Bind("limit") int limit);
}
