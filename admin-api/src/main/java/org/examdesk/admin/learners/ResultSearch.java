package org.examdesk.admin.learners;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Builds the results search with the fluent {@link Handle} API: each clause given adds one bound condition. The
 * centre is the result's own copy of its learner's centre (V76), so a centre's results by grade or product are one
 * range of one index; the count, taken first, then decides how the page is found (see {@link #page}).
 */
final class ResultSearch {
    private static final String LEARNER = " join learners l on l.id = lr.learner_id";
    private static final String PRODUCT = " join products p on p.id = lr.product_id";
    private static final String FROM =
            " from learner_results lr" + LEARNER + PRODUCT + " left join product_units u on u.id = lr.unit_id";
    private static final String COLUMNS =
            """
            select l.id as learner_id, l.learner_ref, l.given_name, l.family_name, p.reference as product_reference,
                   p.title as product_title, u.code as unit_code, u.title as unit_title, lr.grade, lr.awarded_at
            """;

    /** Searches within {@code centreId}, or every centre when it is null. */
    Page<ResultView> run(Handle h, ResultQuery q, Long centreId) {
        List<String> where = new ArrayList<>();
        Map<String, Object> binds = new TreeMap<>();
        condition(where, binds, "lower(l.given_name) like :givenName escape '!'", "givenName", prefix(q.givenName()));
        condition(
                where, binds, "lower(l.family_name) like :familyName escape '!'", "familyName", prefix(q.familyName()));
        condition(
                where,
                binds,
                "l.learner_ref = :learnerRef",
                "learnerRef",
                q.learnerRef() == null ? null : q.learnerRef().toUpperCase(Locale.ROOT));
        condition(where, binds, "lr.product_id = any(:products)", "products", products(h, q));
        condition(where, binds, "lr.grade = :grade", "grade", q.grade());
        if (centreId != null) {
            binds.put("centreId", centreId);
        }
        long total = count(h, q, filter(where, centreId, "lr"), binds);
        List<ResultView> items = bind(
                        h.createQuery(page(h, q, where, centreId, total) + " limit :limit offset :offset"), binds)
                .bind("limit", q.size())
                .bind("offset", (long) (q.page() - 1) * q.size())
                .registerRowMapper(ConstructorMapper.factory(ResultView.class))
                .mapTo(ResultView.class)
                .list();
        return new Page<>(items, total, q.page(), q.size());
    }

    /**
     * The ids of the products whose title or reference contains the product clause (null when there is none). Named
     * by id, the products' results are estimated from the statistics of each product and grade (V76), not guessed
     * from a pattern.
     */
    private static long[] products(Handle h, ResultQuery q) {
        if (q.product() == null) {
            return null;
        }
        return h.attach(ProductDao.class).matching(Like.contains(q.product())).stream()
                .mapToLong(Long::longValue)
                .toArray();
    }

    /** Every result has its learner (a foreign key): the count joins learners only to filter on them. */
    private static long count(Handle h, ResultQuery q, String filter, Map<String, Object> binds) {
        String joins = q.namesLearner() ? LEARNER : "";
        return bind(h.createQuery("select count(*) from learner_results lr" + joins + filter), binds)
                .mapTo(Long.class)
                .one();
    }

    /**
     * The matching results in page order, found the cheaper of two ways. Few matches are fetched through their
     * own indexes (the centre on the result) and sorted: about {@code total} rows read. Many are met by walking the
     * learners in name order (at a centre, that centre's learners, by the learner's centre), where they are dense:
     * about {@code end of page × learners / total} learners walked. The walk is cheaper when total² exceeds
     * end of page × learners. A name or learner id matches few learners, who also lie together in name order, so a
     * walk would read every learner before them: they are always fetched first.
     */
    private static String page(Handle h, ResultQuery q, List<String> where, Long centreId, long total) {
        long end = (long) q.page() * q.size();
        if (q.namesLearner() || total * total <= end * learners(h, centreId)) {
            return "with found as materialized (" + COLUMNS + FROM + filter(where, centreId, "lr") + ")"
                    + " select * from found order by lower(family_name), lower(given_name), learner_id,"
                    + " product_reference, unit_code nulls first";
        }
        return COLUMNS + FROM + filter(where, centreId, "l")
                + " order by lower(l.family_name), lower(l.given_name), l.id, p.reference, u.code nulls first";
    }

    /** The learners at the centre (counted from an index), or PostgreSQL's estimate of all learners. */
    private static long learners(Handle h, Long centreId) {
        Query query = centreId == null
                ? h.createQuery("select greatest(reltuples, 0)::bigint from pg_class where oid = 'learners'::regclass")
                : h.createQuery("select count(*) from learners where centre_id = :centreId")
                        .bind("centreId", centreId);
        return query.mapTo(Long.class).one();
    }

    /** The conditions joined, with the centre taken from the result ({@code lr}) or the learner ({@code l}). */
    private static String filter(List<String> where, Long centreId, String centreOf) {
        List<String> all = new ArrayList<>(where);
        if (centreId != null) {
            all.add(0, centreOf + ".centre_id = :centreId");
        }
        return all.isEmpty() ? "" : " where " + String.join(" and ", all);
    }

    private static String prefix(String value) {
        return value == null ? null : Like.prefix(value);
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
