package org.examdesk.admin.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.statement.Query;

/**
 * The agents' view: open cases (or those of one status) of one queue or all, most urgent first, with the
 * time each target falls due; and the queues with how many cases each holds and how many missed their target.
 */
final class AgentQueue {
    record QueueCount(String value, String label, long open, long missed, long unassigned) {
    }

    /** Totals above this are reported as this plus one; the console shows "over 1,000" (the sidebar has exact counts). */
    static final int COUNT_CAP = 1_000;

    private final CaseDeps deps;
    private final CaseReader reader;

    AgentQueue(CaseDeps deps, CaseReader reader) {
        this.deps = deps;
        this.reader = reader;
    }

    CaseViews.Page<CaseViews.Summary> page(String queue, String status, int page, int size) {
        Set<CaseStatus> statuses = status == null || status.isBlank() ? CaseStatus.OPEN : Set.of(CaseStatus.parse(status)
                .orElseThrow(() -> ApiException.invalid("The status must be one of NEW, IN_PROGRESS, "
                        + "WAITING_ON_CUSTOMER, RESOLVED, CLOSED.", List.of("status"))));
        if (queue != null && !queue.isBlank() && deps.routing().queue(queue).isEmpty()) {
            throw ApiException.invalid("There is no queue '" + queue + "'.", List.of("queue"));
        }
        // status values come from the enum, never from the request text, in the order of the partial indexes'
        // predicate so PostgreSQL can use them (a different order defeats the proof and sorts every open case)
        String in = java.util.EnumSet.copyOf(statuses).stream().map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(", "));
        boolean byQueue = queue != null && !queue.isBlank();
        String where = " where c.status in (" + in + ")" + (byQueue ? " and c.queue = :queue" : "");
        return deps.jdbi().withHandle(h -> {
            Query items = h.createQuery(CaseDao.SELECT + where + " order by c.due_at, c.id limit :limit offset :offset");
            // counting 100,000 open cases on every page costs more than the page itself: count up to a cap
            Query count = h.createQuery("select count(*) from (select 1 from cases c" + where + " limit " + (COUNT_CAP + 1) + ") x");
            if (byQueue) {
                items.bind("queue", queue);
                count.bind("queue", queue);
            }
            List<CaseViews.Summary> rows = items.bind("limit", size).bind("offset", (page - 1) * size)
                    .mapTo(CaseRow.class).map(reader::summary).list();
            return new CaseViews.Page<>(rows, page, size, count.mapTo(Long.class).one(), deps.clock().instant());
        });
    }

    List<QueueCount> queues() {
        List<QueueCount> counts = new ArrayList<>();
        deps.jdbi().useHandle(h -> {
            var found = h.createQuery("""
                            select queue, count(*) as open, count(target_missed_at) as missed,
                                   count(*) filter (where assigned_agent_id is null) as unassigned
                              from cases where status in ('NEW', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER') group by queue""")
                    .mapToMap().list();
            for (Routing.Queue q : deps.routing().queues()) {
                var row = found.stream().filter(m -> q.value().equals(m.get("queue"))).findFirst();
                counts.add(new QueueCount(q.value(), q.label(), row.map(m -> (Long) m.get("open")).orElse(0L),
                        row.map(m -> (Long) m.get("missed")).orElse(0L), row.map(m -> (Long) m.get("unassigned")).orElse(0L)));
            }
        });
        return counts;
    }
}
