package org.examdesk.admin.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.cases.attachments.AttachmentDao;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** Reads cases for the people allowed to see them: one case with its history, and lists of cases. */
public final class CaseReader {
    static final int PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    /** The sort orders a list may ask for, each a fixed SQL clause (never text from the request). */
    private static final Map<String, String> SORTS = Map.of(
            "created", "c.created_at desc, c.id desc",
            "-created", "c.created_at asc, c.id asc",
            "updated", "c.updated_at desc, c.id desc",
            "due", "c.due_at asc, c.id asc",
            "status", "c.status asc, c.created_at desc, c.id desc",
            "number", "c.number asc");

    private final CaseDeps deps;

    CaseReader(CaseDeps deps) {
        this.deps = deps;
    }

    /** The case if the caller may see it; 404 otherwise, so nobody learns another's case exists. */
    public CaseRow visible(Handle h, Caller caller, String number) {
        if (!CaseNumbers.looksLikeNumber(number)) {
            throw CaseService.notFound();
        }
        return h.attach(CaseDao.class)
                .find(number)
                .filter(row -> CaseAccess.canView(caller, row))
                .orElseThrow(CaseService::notFound);
    }

    public CaseViews.Details details(Caller caller, String number) {
        return deps.jdbi().withHandle(h -> {
            CaseRow row = visible(h, caller, number);
            List<CaseViews.Activity> activity = h.attach(CaseDao.class).activity(row.id()).stream()
                    .map(a -> new CaseViews.Activity(a.kind(), a.actorName(), a.body(), a.createdAt()))
                    .toList();
            return details(
                    row,
                    AgentNames.of(h, row),
                    activity,
                    h.attach(AttachmentDao.class).list(row.id()));
        });
    }

    private CaseViews.Details details(
            CaseRow r, String agentName, List<CaseViews.Activity> activity, List<CaseViews.Attachment> files) {
        String queueLabel =
                deps.routing().queue(r.queue()).map(Routing.Queue::label).orElse(r.queue());
        Taxonomy t = deps.taxonomy();
        return new CaseViews.Details(
                r.number(),
                r.status(),
                r.subject(),
                r.description(),
                r.customerType(),
                r.issueType(),
                r.category(),
                t.categoryLabel(r.category()),
                r.subcategory(),
                t.subcategoryLabel(r.category(), r.subcategory()),
                r.qualification(),
                t.qualificationLabel(r.qualification()),
                r.qualificationSubject(),
                t.subjectLabel(r.qualification(), r.qualificationSubject()),
                r.supportOption(),
                r.queue(),
                queueLabel,
                agentName,
                new CaseViews.Contact(
                        r.contactName(),
                        r.contactEmail(),
                        r.contactPhone(),
                        r.contactCountry(),
                        r.contactLanguage(),
                        r.contactInstitution()),
                r.targetDays(),
                r.dueAt(),
                r.targetMissedAt() != null,
                r.firstResponseAt(),
                r.conversationId(),
                r.createdAt(),
                r.updatedAt(),
                r.resolvedAt(),
                r.closedAt(),
                activity,
                files);
    }

    /** The statuses a list asks for: one, "open" (new, in progress, waiting) or "finished" (resolved, closed). */
    private static List<String> statuses(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        String group = status.trim().toLowerCase(Locale.ROOT);
        if (group.equals("open") || group.equals("finished")) {
            return Arrays.stream(CaseStatus.values())
                    .filter(s -> s.isOpen() == group.equals("open"))
                    .map(CaseStatus::name)
                    .toList();
        }
        return CaseStatus.parse(status)
                .map(s -> List.of(s.name()))
                .orElseThrow(() -> ApiException.invalid(
                        "The status must be one of NEW, IN_PROGRESS, WAITING_ON_CUSTOMER, RESOLVED, CLOSED, "
                                + "open or finished.",
                        List.of("status")));
    }

    /** The caller's own cases (or, for an agent asking with mine=false, everyone's). */
    CaseViews.Page<CaseViews.Summary> list(
            Caller caller, boolean mine, String status, String sort, int page, int size) {
        String order = SORTS.get(sort == null || sort.isBlank() ? "created" : sort);
        if (order == null) {
            throw ApiException.invalid(
                    "Sort by one of: " + String.join(", ", new TreeSet<>(SORTS.keySet())) + ".", List.of("sort"));
        }
        List<String> wanted = statuses(status);
        boolean everyone = !mine && CaseAccess.isAgent(caller);
        CaseAccess.Requester requester = CaseAccess.Requester.of(caller);
        if (!everyone && requester.anonymous()) {
            return new CaseViews.Page<>(List.of(), page, size, 0, deps.clock().instant());
        }
        StringBuilder where = new StringBuilder(" where true");
        if (!everyone) {
            where.append(
                    requester.userId() != null
                            ? " and c.requester_user_id = :userId"
                            : " and c.requester_student_id = :studentId");
        }
        if (wanted != null) {
            where.append(" and c.status = any(:statuses)");
        }
        return deps.jdbi().withHandle(h -> {
            Query items = h.createQuery(CaseDao.SELECT + where + " order by " + order + " limit :limit offset :offset");
            Query count = h.createQuery("select count(*) from cases c" + where);
            for (Query q : List.of(items, count)) {
                q.bind("userId", requester.userId())
                        .bind("studentId", requester.studentId())
                        .bindArray("statuses", String.class, wanted == null ? List.of() : wanted);
            }
            List<CaseRow> rows = items.bind("limit", size)
                    .bind("offset", (page - 1) * size)
                    .mapTo(CaseRow.class)
                    .list();
            return new CaseViews.Page<>(
                    summaries(h, rows),
                    page,
                    size,
                    count.mapTo(Long.class).one(),
                    deps.clock().instant());
        });
    }

    /** The summaries of a page of cases, the agents' names read in one query. */
    public List<CaseViews.Summary> summaries(Handle h, List<CaseRow> rows) {
        Map<Long, String> agents = AgentNames.of(h, rows);
        return rows.stream()
                .map(r -> summary(r, agents.get(r.assignedAgentId())))
                .toList();
    }

    public CaseViews.Summary summary(Handle h, CaseRow r) {
        return summary(r, AgentNames.of(h, r));
    }

    private CaseViews.Summary summary(CaseRow r, String agentName) {
        return new CaseViews.Summary(
                r.number(),
                r.subject(),
                r.status(),
                r.category(),
                deps.taxonomy().categoryLabel(r.category()),
                r.queue(),
                agentName,
                r.dueAt(),
                r.targetMissedAt() != null,
                r.firstResponseAt(),
                r.createdAt(),
                r.updatedAt(),
                r.closedAt());
    }

    public static int page(String text) {
        return bounded(text, 1, 1, 1_000_000, "page");
    }

    public static int size(String text) {
        return bounded(text, PAGE_SIZE, 1, MAX_PAGE_SIZE, "size");
    }

    public static int bounded(String text, int fallback, int min, int max, String field) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ApiException.invalid(
                "The " + field + " must be a whole number from " + min + " to " + max + ".", List.of(field));
    }
}
