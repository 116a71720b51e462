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
 * value is bound as a parameter (LIKE wildcards escaped). A text ({@code q}) matches in any of a few ways (learner
 * id, ULN, name prefixes), each served by an index of its own (V75); see {@link #found}.
 */
final class LearnerSearch {
    private static final String ORDER = " order by lower(l.family_name), lower(l.given_name), l.id";

    /** Searches within {@code centreId}, or every centre when it is null. */
    Page<LearnerView> run(Handle h, LearnerQuery q, Long centreId) {
        List<String> where = new ArrayList<>();
        Map<String, Object> binds = new TreeMap<>();
        if (centreId != null) {
            where.add("l.centre_id = :centreId");
            binds.put("centreId", centreId);
        }
        if (q.group() != null) {
            where.add("l.group_id = :group");
            binds.put("group", q.group());
        }
        if (q.createdFrom() != null) {
            where.add("l.created_at >= :createdFrom");
            binds.put("createdFrom", startOf(q.createdFrom()));
        }
        if (q.createdTo() != null) {
            where.add("l.created_at < :createdTo");
            binds.put("createdTo", startOf(q.createdTo().plusDays(1)));
        }
        String count;
        String page;
        if (q.q() == null) {
            String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
            count = "select count(*) from learners l" + filter;
            page = LearnerDao.SELECT + filter + ORDER + " limit :limit offset :offset";
        } else {
            String found = found(text(q, binds), where);
            count = "select count(*) from (" + found + ") found";
            page = "with found as materialized (" + found + "), page as (select id from found"
                    + " order by family, given, id limit :limit offset :offset) "
                    + LearnerDao.SELECT + " where l.id in (select id from page)" + ORDER;
        }
        long total = bind(h.createQuery(count), binds).mapTo(Long.class).one();
        List<LearnerView> items = bind(h.createQuery(page), binds)
                .bind("limit", q.size())
                .bind("offset", (long) (q.page() - 1) * q.size())
                .registerRowMapper(ConstructorMapper.factory(LearnerRow.class))
                .mapTo(LearnerRow.class)
                .map(LearnerView::of)
                .list();
        return new Page<>(items, total, q.page(), q.size());
    }

    /**
     * The learners a text matches, with their sort keys: one select for each way it may match, joined by UNION (a
     * learner found two ways counts once). Each select is a range of one index, read from the index alone when
     * the index carries the names and id (V75), so counting a common family name across every centre reads no
     * table rows. The page is sorted from these keys; only its own learners are then read. Matches lie together in
     * name order, so walking that order to find them (which the planner may prefer) would read every learner
     * before them.
     */
    private static String found(List<String> ways, List<String> where) {
        List<String> selects = new ArrayList<>();
        for (String way : ways) {
            List<String> conditions = new ArrayList<>(where);
            conditions.add(way);
            selects.add("select l.id, lower(l.family_name) as family, lower(l.given_name) as given from learners l"
                    + " where " + String.join(" and ", conditions));
        }
        return String.join(" union ", selects);
    }

    /** {@code q} as a learner id, a ULN, or one or two name prefixes (given and family, in either order). */
    private static List<String> text(LearnerQuery q, Map<String, Object> binds) {
        binds.put("ref", q.q().toUpperCase(Locale.ROOT));
        List<String> ways = new ArrayList<>(List.of("l.learner_ref = :ref", "l.uln = :ref"));
        String[] words = q.words();
        binds.put("w1", Like.prefix(words[0]));
        if (words.length == 1) {
            ways.add("lower(l.given_name) like :w1 escape '!'");
            ways.add("lower(l.family_name) like :w1 escape '!'");
        } else {
            binds.put("w2", Like.prefix(String.join(" ", List.of(words).subList(1, words.length))));
            ways.add("lower(l.given_name) like :w1 escape '!' and lower(l.family_name) like :w2 escape '!'");
            ways.add("lower(l.family_name) like :w1 escape '!' and lower(l.given_name) like :w2 escape '!'");
        }
        return ways;
    }

    private static Query bind(Query query, Map<String, Object> binds) {
        binds.forEach(query::bind);
        return query;
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
