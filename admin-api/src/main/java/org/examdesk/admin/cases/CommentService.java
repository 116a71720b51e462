package org.examdesk.admin.cases;

import java.time.Instant;
import java.util.Map;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.cases.agent.AgentService;
import org.examdesk.admin.client.CaseNotice;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.Idempotency;
import org.jdbi.v3.core.Handle;

/**
 * The requester adds to their case. A comment on a case waiting on the customer puts it back in progress. An
 * agent writing here is replying, with everything a reply does.
 */
final class CommentService {
    private final CaseDeps deps;
    private final CaseReader reader;
    private final AgentService agents;
    private final Idempotency idempotency;

    CommentService(CaseDeps deps, CaseReader reader, AgentService agents, Idempotency idempotency) {
        this.deps = deps;
        this.reader = reader;
        this.agents = agents;
        this.idempotency = idempotency;
    }

    /**
     * Adds the comment, once per {@code key} when one is given: a retry with the same key and text changes nothing
     * and answers true (replayed); the same key with other text is refused.
     */
    boolean comment(Actor actor, String number, String text, String key) {
        Idempotency.checkKey(key);
        String body = CommentText.check(text);
        CaseRow visible = deps.jdbi().withHandle(h -> reader.visible(h, actor.caller(), number));
        if (!CaseAccess.isRequester(actor.caller(), visible)) {
            return agents.reply(actor, number, body, key);
        }
        CaseNotice[] made = new CaseNotice[1];
        Idempotency.Outcome outcome = deps.jdbi()
                .inTransaction(h -> idempotency.run(
                        h, actor, key, "POST /api/v1/cases/" + number + "/comments " + body, 201, () -> {
                            made[0] = addComment(h, actor, number, body);
                            return Map.of("number", number);
                        }));
        if (!outcome.replayed()) {
            deps.notifier().commented(made[0]);
        }
        return outcome.replayed();
    }

    private CaseNotice addComment(Handle h, Actor actor, String number, String body) {
        CaseRow row = h.attach(CaseDao.class).lock(number).orElseThrow(CaseService::notFound);
        if (row.status().equals(CaseStatus.CLOSED.name())) {
            throw ApiException.conflict("Case " + number + " is closed; open a new case if you still need help.");
        }
        Instant now = deps.clock().instant();
        CaseDao dao = h.attach(CaseDao.class);
        dao.addActivity(row.id(), "REQUESTER_COMMENT", actor.caller().name(), body, now);
        dao.touch(row.id(), now);
        String status = row.status();
        if (status.equals(CaseStatus.WAITING_ON_CUSTOMER.name())) {
            status = CaseStatus.IN_PROGRESS.name();
            dao.setStatus(row.id(), status, now);
            dao.addActivity(
                    row.id(),
                    "STATUS_CHANGED",
                    "ExamDesk",
                    "Status changed from Waiting on customer to In progress after the requester's comment.",
                    now);
        }
        deps.audit().record(h, actor, "case.comment", "case", number, null, Map.of("characters", body.length()));
        return CaseNotifier.notice(h, row, actor, body, status);
    }
}
