package org.examdesk.admin.learners;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Builds the learner search with the fluent {@link Handle} API: each filter given adds one condition and every
 * value is bound as a parameter (LIKE wildcards escaped).
 */
final class LearnerSearch {
    /** Searches within {@code centreId}, or every centre when it is null. */
    Page<LearnerView> run(Handle h, LearnerQuery q, Long centreId) {
        List<String> where = new ArrayList<>();
        Map<String, Object> binds = new TreeMap<>();
        if (centreId != null) {
            where.add("l.centre_id = :centreId");
            binds.put("centreId", centreId);
        }
        if (q.q() != null) {
            where.add("(" + text(q, binds) + ")");
        }
        if (q.createdFrom() != null) {
            where.add("l.created_at >= :createdFrom");
            binds.put("createdFrom", startOf(q.createdFrom()));
        }
        if (q.createdTo() != null) {
            where.add("l.created_at < :createdTo");
            binds.put("createdTo", startOf(q.createdTo().plusDays(1)));
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = bind(h.createQuery("select count(*) from learners l" + filter), binds)
                .mapTo(Long.class)
                .one();
        List<LearnerView> items = bind(h.createQuery(page(q, filter) + " limit :limit offset :offset"), binds)
                .bind("limit", q.size())
                .bind("offset", (long) (q.page() - 1) * q.size())
                .registerRowMapper(ConstructorMapper.factory(LearnerRow.class))
                .mapTo(LearnerRow.class)
                .map(LearnerView::of)
                .list();
        return new Page<>(items, total, q.page(), q.size());
    }

    /**
     * The matching learners in page order. The learners a name, id or ULN matches are found through their indexes
     * and lie together in name order, so the planner must not walk that order looking for them (at 1,000,000
     * learners it read 540,000 rows to reach the Masons): they are found first, then sorted. Without {@code q},
     * walking the centre's name-order index is the fast way to a page.
     */
    private static String page(LearnerQuery q, String filter) {
        if (q.q() == null) {
            return LearnerDao.SELECT + filter + " order by lower(l.family_name), lower(l.given_name), l.id";
        }
        return "with found as materialized (" + LearnerDao.SELECT + filter + ")"
                + " select * from found order by lower(family_name), lower(given_name), id";
    }

    /** {@code q} as a learner id, a ULN, or one or two name prefixes (given and family, in either order). */
    private static String text(LearnerQuery q, Map<String, Object> binds) {
        binds.put("ref", q.q().toUpperCase(Locale.ROOT));
        List<String> or = new ArrayList<>(List.of("l.learner_ref = :ref", "l.uln = :ref"));
        String[] words = q.words();
        if (words.length == 1) {
            binds.put("w1", Like.prefix(words[0]));
            or.add("lower(l.given_name) like :w1 escape '!'");
            or.add("lower(l.family_name) like :w1 escape '!'");
        } else {
            binds.put("w1", Like.prefix(words[0]));
            binds.put("w2", Like.prefix(String.join(" ", List.of(words).subList(1, words.length))));
            or.add("(lower(l.given_name) like :w1 escape '!' and lower(l.family_name) like :w2 escape '!')");
            or.add("(lower(l.family_name) like :w1 escape '!' and lower(l.given_name) like :w2 escape '!')");
        }
        return String.join(" or ", or);
    }

    private static Query bind(Query query, Map<String, Object> binds) {
        binds.forEach(query::bind);
        return query;
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
