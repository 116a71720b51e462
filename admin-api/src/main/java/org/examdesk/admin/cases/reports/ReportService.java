package org.examdesk.admin.cases.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.examdesk.admin.cases.CaseDeps;
import org.examdesk.admin.cases.Routing;
import org.examdesk.admin.conversations.ConversationDao;
import org.jdbi.v3.core.Handle;

/**
 * Reports for agents and board administrators: cases opened and resolved per day, the share of response
 * targets met by category and queue, and the questions the bot could not answer, grouped.
 */
public final class ReportService {
    /** The bot's answer when it has no article (see the bot's ConversationEngine). */
    static final String NO_ARTICLE = "not sure I have an article";

    record Day(LocalDate date, long opened, long resolved) {}

    record Targets(String value, String label, long opened, long met, long missed, double share) {}

    record CasesReport(
            LocalDate from,
            LocalDate to,
            List<Day> perDay,
            Targets overall,
            List<Targets> byCategory,
            List<Targets> byQueue) {}

    record Unanswered(LocalDate from, LocalDate to, long questions, List<QuestionGroups.Group> groups) {}

    private final CaseDeps deps;

    public ReportService(CaseDeps deps) {
        this.deps = deps;
    }

    CasesReport cases(int days) {
        ZoneId zone = deps.settings().zone();
        LocalDate to = LocalDate.ofInstant(deps.clock().instant(), zone);
        LocalDate from = to.minusDays(days - 1L);
        Instant start = from.atStartOfDay(zone).toInstant();
        return deps.jdbi().withHandle(h -> {
            Map<LocalDate, Long> opened = perDay(h, "created_at", start, zone);
            Map<LocalDate, Long> resolved = perDay(h, "coalesce(resolved_at, closed_at)", start, zone);
            List<Day> perDay = new ArrayList<>();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                perDay.add(new Day(d, opened.getOrDefault(d, 0L), resolved.getOrDefault(d, 0L)));
            }
            List<Targets> byCategory = targets(h, "category", start, deps.taxonomy()::categoryLabel);
            List<Targets> byQueue = targets(h, "queue", start, q -> deps.routing()
                    .queue(q)
                    .map(Routing.Queue::label)
                    .orElse(q));
            return new CasesReport(from, to, perDay, total(byQueue), byCategory, byQueue);
        });
    }

    Unanswered unanswered(int days, int limit) {
        ZoneId zone = deps.settings().zone();
        LocalDate to = LocalDate.ofInstant(deps.clock().instant(), zone);
        LocalDate from = to.minusDays(days - 1L);
        List<String> questions = deps.jdbi().withHandle(h -> h.attach(ConversationDao.class)
                .questionsAnsweredWith(from.atStartOfDay(zone).toInstant(), NO_ARTICLE));
        return new Unanswered(from, to, questions.size(), QuestionGroups.group(questions, limit));
    }

    private static Map<LocalDate, Long> perDay(Handle h, String column, Instant start, ZoneId zone) {
        return h
                .createQuery("select (" + column + " at time zone :zone)::date as day, count(*) as n from cases "
                        + "where " + column + " >= :start group by 1")
                .bind("zone", zone.getId())
                .bind("start", start)
                .map((rs, ctx) -> Map.entry(rs.getObject("day", LocalDate.class), rs.getLong("n")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static List<Targets> targets(Handle h, String column, Instant start, Function<String, String> label) {
        return h.createQuery("select " + column + " as key, count(*) as opened, "
                        + "count(*) filter (where first_response_at <= due_at) as met, "
                        + "count(*) filter (where target_missed_at is not null or first_response_at > due_at) as missed "
                        + "from cases where created_at >= :start group by 1 order by 2 desc, 1")
                .bind("start", start)
                .map((rs, ctx) -> targets(
                        rs.getString("key"),
                        label.apply(rs.getString("key")),
                        rs.getLong("opened"),
                        rs.getLong("met"),
                        rs.getLong("missed")))
                .list();
    }

    private static Targets total(List<Targets> parts) {
        return targets(
                "all",
                "All cases",
                parts.stream().mapToLong(Targets::opened).sum(),
                parts.stream().mapToLong(Targets::met).sum(),
                parts.stream().mapToLong(Targets::missed).sum());
    }

    /** The share met among targets already decided (met or missed); 0 when none is decided yet. */
    private static Targets targets(String value, String label, long opened, long met, long missed) {
        double share = met + missed == 0 ? 0 : Math.round(1000.0 * met / (met + missed)) / 1000.0;
        return new Targets(value, label, opened, met, missed, share);
    }
}
