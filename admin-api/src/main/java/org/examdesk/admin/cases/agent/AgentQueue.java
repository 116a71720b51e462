package org.examdesk.admin.cases.agent;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.examdesk.admin.cases.CaseDao;
import org.examdesk.admin.cases.CaseDeps;
import org.examdesk.admin.cases.CaseReader;
import org.examdesk.admin.cases.CaseRow;
import org.examdesk.admin.cases.CaseStatus;
import org.examdesk.admin.cases.CaseViews;
import org.examdesk.admin.cases.Routing;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.statement.Query;

/**
 * The agents' view: open cases (or those of one status) of one queue or all, most urgent first, with the
 * time each target falls due; and the queues with how many cases each holds and how many missed their target.
 */
public final class AgentQueue {
    record QueueCount(String value, String label, long open, long missed, long unassigned) {}

    /** Totals above this are reported as this plus one; the console shows "over 1,000" (the sidebar has exact counts). */
    static final int COUNT_CAP = 1_000;

    private final CaseDeps deps;
    private final CaseReader reader;

    public AgentQueue(CaseDeps deps, CaseReader reader) {
        this.deps = deps;
        this.reader = reader;
    }

    /**
     * One page of the queue, most urgent first (due time, then id). Asked for by number ({@code page}, OFFSET
     * paging: slow deep in a long queue) or by the cursor of the page before ({@code after}, keyset paging: as
     * fast 4,000 pages in as on the first); each page carries the cursor of the next, null on the last.
     */
    CaseViews.QueuePage page(String queue, String status, String pageText, String after, int size) {
        CaseStatus wanted = status == null || status.isBlank()
                ? null
                : CaseStatus.parse(status)
                        .orElseThrow(() -> ApiException.invalid(
                                "The status must be one of NEW, IN_PROGRESS, "
                                        + "WAITING_ON_CUSTOMER, RESOLVED, CLOSED.",
                                List.of("status")));
        boolean byQueue = queue != null && !queue.isBlank();
        if (byQueue && deps.routing().queue(queue).isEmpty()) {
            throw ApiException.invalid("There is no queue '" + queue + "'.", List.of("queue"));
        }
        String filter = QueueCursor.filter(byQueue ? queue : null, wanted);
        QueueCursor cursor = null;
        long before;
        if (after != null && !after.isBlank()) {
            if (pageText != null && !pageText.isBlank()) {
                throw ApiException.invalid(
                        "Ask for a page by its number or by the cursor of the page before it " + "('after'), not both.",
                        List.of("page", "after"));
            }
            cursor = QueueCursor.decode(after, filter);
            before = cursor.before();
        } else {
            before = (CaseReader.page(pageText) - 1L) * size;
        }
        return read(
                byQueue ? queue : null,
                wanted == null ? CaseStatus.OPEN : Set.of(wanted),
                filter,
                cursor,
                before,
                size);
    }

    private CaseViews.QueuePage read(
            String queue, Set<CaseStatus> statuses, String filter, QueueCursor cursor, long before, int size) {
        // status values come from the enum, never from the request text, in the order of the partial indexes'
        // predicate so PostgreSQL can use them (a different order defeats the proof and sorts every open case)
        String in =
                EnumSet.copyOf(statuses).stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
        String where = " where c.status in (" + in + ")" + (queue != null ? " and c.queue = :queue" : "");
        // a row comparison the indexes on (due_at, id) and (queue, due_at, id) answer by seeking, not by counting
        String seek = cursor == null ? "" : " and (c.due_at, c.id) > (cast(:afterDue as timestamptz), :afterId)";
        return deps.jdbi().withHandle(h -> {
            Query items = h.createQuery(
                    CaseDao.SELECT + where + seek + " order by c.due_at, c.id limit :limit offset :offset");
            // counting 100,000 open cases on every page costs more than the page itself: count up to a cap
            Query count = h.createQuery(
                    "select count(*) from (select 1 from cases c" + where + " limit " + (COUNT_CAP + 1) + ") x");
            if (queue != null) {
                items.bind("queue", queue);
                count.bind("queue", queue);
            }
            if (cursor != null) {
                items.bind("afterDue", cursor.dueAt()).bind("afterId", cursor.id());
            }
            // one row more than the page tells whether another page follows
            List<CaseRow> rows = items.bind("limit", size + 1)
                    .bind("offset", cursor == null ? before : 0)
                    .mapTo(CaseRow.class)
                    .list();
            List<CaseRow> shown = rows.subList(0, Math.min(size, rows.size()));
            String next = rows.size() > size
                    ? QueueCursor.after(filter, shown.get(size - 1), before + size)
                            .encode()
                    : null;
            return new CaseViews.QueuePage(
                    reader.summaries(h, shown),
                    (int) (before / size) + 1,
                    size,
                    count.mapTo(Long.class).one(),
                    deps.clock().instant(),
                    next);
        });
    }

    List<QueueCount> queues() {
        List<QueueCount> counts = new ArrayList<>();
        deps.jdbi().useHandle(h -> {
            List<CaseDao.QueueLoad> found = h.attach(CaseDao.class).openPerQueue();
            for (Routing.Queue q : deps.routing().queues()) {
                var row =
                        found.stream().filter(m -> q.value().equals(m.queue())).findFirst();
                counts.add(new QueueCount(
                        q.value(),
                        q.label(),
                        row.map(CaseDao.QueueLoad::open).orElse(0L),
                        row.map(CaseDao.QueueLoad::missed).orElse(0L),
                        row.map(CaseDao.QueueLoad::unassigned).orElse(0L)));
            }
        });
        return counts;
    }
}
