package org.examdesk.admin.students;

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
 * Builds the student search with the fluent {@link Handle} API: each filter given adds one condition, every
 * value is bound as a parameter (LIKE wildcards in names escaped), and the sort comes from a fixed list. The count
 * joins the centres only to filter on a centre number, so it can be read from an index alone. The indexes each kind
 * of search uses are listed in V97 and measured by the student search benchmark.
 */
final class StudentSearch {
    record Page(List<StudentView> items, long total) {}

    /**
     * Searches within {@code centreId}, or every centre when it is null; {@code createdByUser}, when not null, keeps
     * the accounts that user created (an import or export of theirs).
     */
    Page run(Handle h, SearchQuery q, Long centreId, Long createdByUser) {
        List<String> where = new ArrayList<>();
        Map<String, Object> binds = new TreeMap<>();
        condition(where, binds, "s.centre_id = :centreId", "centreId", centreId);
        condition(where, binds, "c.number = :centreNumber", "centreNumber", q.centre());
        condition(where, binds, "lower(s.forename) like :forename escape '!'", "forename", prefix(q.forename()));
        condition(where, binds, "lower(s.surname) like :surname escape '!'", "surname", prefix(q.surname()));
        condition(where, binds, "s.uci = :uci", "uci", q.uci());
        condition(where, binds, "lower(s.email) = lower(:email)", "email", q.email());
        condition(where, binds, "s.date_of_birth = :dob", "dob", q.dob());
        condition(where, binds, "s.school_year = :schoolYear", "schoolYear", q.schoolYear());
        condition(where, binds, "s.created_at >= :createdFrom", "createdFrom", startOf(q.createdFrom()));
        condition(
                where,
                binds,
                "s.created_at < :createdTo",
                "createdTo",
                q.createdTo() == null ? null : startOf(q.createdTo().plusDays(1)));
        condition(where, binds, "lower(s.created_by) = lower(:createdBy)", "createdBy", q.createdBy());
        condition(where, binds, "s.created_by_user_id = :createdByUser", "createdByUser", createdByUser);
        if (q.permission() != null) {
            where.add(
                    switch (q.permission()) {
                        case "mock" -> "s.mock_permission";
                        case "highStakes" -> "s.high_stakes_permission";
                        case "noMock" -> "not s.mock_permission";
                        default -> "not s.high_stakes_permission";
                    });
        }
        if (!q.statuses().isEmpty()) {
            where.add("s.status in (<statuses>)");
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        String from = " from students s" + (q.centre() == null ? "" : " join centre_refs c on c.id = s.centre_id");
        long total = bind(h.createQuery("select count(*)" + from + filter), binds, q)
                .mapTo(Long.class)
                .one();
        String order = " order by " + q.sortColumn() + (q.descending() ? " desc" : "") + ", s.id";
        String page = byName(q)
                ? "with found as materialized (select s.id, lower(s.surname) as surname_key, lower(s.forename) as"
                        + " forename_key" + from + filter + "), page as (select id from found order by surname_key,"
                        + " forename_key, id limit :limit offset :offset) " + StudentDao.SELECT
                        + " where s.id in (select id from page)" + order
                : StudentDao.SELECT + filter + order + " limit :limit offset :offset";
        List<StudentView> items = bind(h.createQuery(page), binds, q)
                .bind("limit", q.size())
                .bind("offset", (long) (q.page() - 1) * q.size())
                .registerRowMapper(ConstructorMapper.factory(StudentRow.class))
                .mapTo(StudentRow.class)
                .map(StudentView::of)
                .list();
        return new Page(items, total);
    }

    /**
     * Whether a name prefix is searched in name order (the default sort). Then the page is chosen from the matches'
     * ids and sort keys alone, which {@code students_surname_prefix_idx} (V97) holds, and only the page's own
     * students are read: a common surname has some 15,000 students spread over every part of the table, and
     * reading them all to sort them took a search across centres past 100 ms.
     */
    private static boolean byName(SearchQuery q) {
        return (q.surname() != null || q.forename() != null)
                && !q.descending()
                && q.sortColumn().equals(SearchQuery.SORTABLE.get("surname"));
    }

    private static Query bind(Query query, Map<String, Object> binds, SearchQuery q) {
        binds.forEach(query::bind);
        if (!q.statuses().isEmpty()) {
            query.bindList("statuses", q.statuses().stream().map(Enum::name).toList());
        }
        return query;
    }

    private static void condition(
            List<String> where, Map<String, Object> binds, String sql, String name, Object value) {
        if (value != null) {
            where.add(sql);
            binds.put(name, value);
        }
    }

    /** A case-insensitive "starts with" pattern in which %, _ and \ typed by the user are plain characters. */
    static String prefix(String value) {
        if (value == null) {
            return null;
        }
        String escaped = value.toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return escaped + "%";
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
