package org.examdesk.admin.learners;

import java.util.List;
import org.examdesk.admin.names.NameHit;
import org.examdesk.admin.names.NameMatcher;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Finding a centre's learners by name for the bot, with the name functions the students' match uses (migration
 * V61: {@code student_name_fold}, {@code student_name_keys}, {@code student_name_entries}, {@code student_name_probe},
 * {@code student_name_one_edit}, which fold any name, not only a student's). Always within one centre, whose learners
 * come from {@code learners_centre_idx}: a centre has hundreds of learners, so their entries are worked out on the
 * fly and no name index is needed. Which matches count, and how they rank, is decided in {@link NameMatcher}.
 */
@RegisterConstructorMapper(NameHit.class)
public interface LearnerNameDao {
    /**
     * Every given name (FORENAME) and family name (SURNAME) of the centre's learners equal to a term after folding,
     * or one edit from it when both have 5 to 64 letters.
     */
    @SqlQuery(
            """
            with term as (
                select t.ord, student_name_key(t.text) as key, student_name_probe(student_name_key(t.text)) as probe
                  from unnest(cast(:terms as text[])) with ordinality as t(text, ord)
            ), candidate as materialized (
                select l.id, l.given_name, l.family_name, student_name_entries(l.given_name, l.family_name) as entries
                  from learners l
                 where l.centre_id = :centreId
            )
            select c.id, student_name_key(c.family_name) as surname_key, student_name_key(c.given_name) as forename_key,
                   n.field, term.ord as term, term.key = any(n.keys) as exact
              from candidate c
              join term on term.probe && c.entries
             cross join lateral (values ('FORENAME', student_name_keys(c.given_name)),
                                        ('SURNAME', student_name_keys(c.family_name))) as n(field, keys)
             where term.key = any(n.keys)
                or (length(term.key) between 5 and 64 and exists (select 1 from unnest(n.keys) k
                     where length(k) between 5 and 64 and student_name_one_edit(term.key, k)))""")
    List<NameHit> hits(@Bind("terms") String[] terms, @Bind("centreId") long centreId);

    /**
     * Up to {@code limit} distinct full names of the centre's learners most similar to {@code query} by trigrams,
     * among those above pg_trgm's similarity threshold (0.3 unless configured).
     */
    @SqlQuery(
            """
            select name
              from (select l.given_name || ' ' || l.family_name as name,
                           similarity(student_name_fold(l.given_name || ' ' || l.family_name), q.folded) as similarity
                      from learners l, (select student_name_fold(:query) as folded) q
                     where l.centre_id = :centreId
                       and student_name_fold(l.given_name || ' ' || l.family_name) % q.folded) scored
             group by name
             order by max(similarity) desc, name
             limit :limit""")
    List<String> closest(@Bind("query") String query, @Bind("centreId") long centreId, @Bind("limit") int limit);
}
