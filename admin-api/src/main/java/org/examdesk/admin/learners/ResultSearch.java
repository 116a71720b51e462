package org.examdesk.admin.learners;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;

/** Builds the results search with the fluent {@link Handle} API: each clause given adds one bound condition. */
final class ResultSearch {
    private static final String FROM =
            """
             from learner_results lr
             join learners l on l.id = lr.learner_id
             join products p on p.id = lr.product_id
             left join product_units u on u.id = lr.unit_id
            """;
    private static final String COLUMNS =
            """
            select l.id as learner_id, l.learner_ref, l.given_name, l.family_name, p.reference as product_reference,
                   p.title as product_title, u.code as unit_code, u.title as unit_title, lr.grade, lr.awarded_at
            """;

    /** Searches within {@code centreId}, or every centre when it is null. */
    Page<ResultView> run(Handle h, ResultQuery q, Long centreId) {
        List<String> where = new ArrayList<>();
        Map<String, Object> binds = new TreeMap<>();
        condition(where, binds, "l.centre_id = :centreId", "centreId", centreId);
        condition(
                where,
                binds,
                "lower(l.given_name) like :givenName escape '!'",
                "givenName",
                q.givenName() == null ? null : Like.prefix(q.givenName()));
        condition(
                where,
                binds,
                "lower(l.family_name) like :familyName escape '!'",
                "familyName",
                q.familyName() == null ? null : Like.prefix(q.familyName()));
        condition(
                where,
                binds,
                "l.learner_ref = :learnerRef",
                "learnerRef",
                q.learnerRef() == null ? null : q.learnerRef().toUpperCase(Locale.ROOT));
        condition(
                where,
                binds,
                "(lower(p.title) like :product escape '!' or lower(p.reference) like :product escape '!')",
                "product",
                q.product() == null ? null : Like.contains(q.product()));
        condition(where, binds, "lr.grade = :grade", "grade", q.grade());
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = bind(h.createQuery("select count(*)" + FROM + filter), binds)
                .mapTo(Long.class)
                .one();
        List<ResultView> items = bind(
                        h.createQuery(COLUMNS + FROM + filter
                                + " order by lower(l.family_name), lower(l.given_name), l.id, p.reference,"
                                + " u.code nulls first limit :limit offset :offset"),
                        binds)
                .bind("limit", q.size())
                .bind("offset", (long) (q.page() - 1) * q.size())
                .registerRowMapper(ConstructorMapper.factory(ResultView.class))
                .mapTo(ResultView.class)
                .list();
        return new Page<>(items, total, q.page(), q.size());
    }

    private static void condition(
            List<String> where, Map<String, Object> binds, String sql, String name, Object value) {
        if (value != null) {
            where.add(sql);
            binds.put(name, value);
        }
    }

    private static Query bind(Query query, Map<String, Object> binds) {
        binds.forEach(query::bind);
        return query;
    }
}
