package org.examdesk.admin.students;

import java.util.List;
import org.examdesk.admin.names.NameHit;
import org.examdesk.admin.names.NameMatcher;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Finding students by name (migration V61): both sides are folded by the same SQL functions, candidates come from
 * {@code students_name_entries_idx}, the closest names from {@code students_full_name_trgm_idx}. Which of the
 * matches count, and how they rank, is decided in {@link NameMatcher}.
 */
@RegisterConstructorMapper(NameHit.class)
public interface StudentNameDao {
    /**
     * Every name, within {@code centreId} (every centre when null), equal to a term after folding, or one edit
     * from it when both have 5 to 64 letters. Candidates come from {@code students_name_entries_idx} (an entry in
     * common with a term's probe) or, for a small centre, from its rows; only a candidate and a term that share an
     * entry are compared, so leftover words in the query cost little.
     */
    @SqlQuery(
            """
            with term as (
                select t.ord, student_name_key(t.text) as key, student_name_probe(student_name_key(t.text)) as probe
                  from unnest(cast(:terms as text[])) with ordinality as t(text, ord)
            ), candidate as materialized (
                select s.id, s.forename, s.surname, student_name_entries(s.forename, s.surname) as entries
                  from students s
                 where student_name_entries(s.forename, s.surname) && (select array_agg(e) from term, unnest(probe) e)
                   and (cast(:centreId as bigint) is null or s.centre_id = :centreId)
            )
            select c.id, student_name_key(c.surname) as surname_key,
                   student_name_key(c.forename) as forename_key, n.field, term.ord as term,
                   term.key = any(n.keys) as exact
              from candidate c
              join term on term.probe && c.entries
             cross join lateral (values ('FORENAME', student_name_keys(c.forename)),
                                        ('SURNAME', student_name_keys(c.surname))) as n(field, keys)
             where term.key = any(n.keys)
                or (length(term.key) between 5 and 64 and exists (select 1 from unnest(n.keys) k
                     where length(k) between 5 and 64 and student_name_one_edit(term.key, k)))""")
    List<NameHit> hits(@Bind("terms") String[] terms, @Bind("centreId") Long centreId);

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
