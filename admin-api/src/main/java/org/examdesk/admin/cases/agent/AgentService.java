package org.examdesk.admin.cases.agent;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.cases.AgentNames;
import org.examdesk.admin.cases.CaseDao;
import org.examdesk.admin.cases.CaseDeps;
import org.examdesk.admin.cases.CaseNotifier;
import org.examdesk.admin.cases.CaseNumbers;
import org.examdesk.admin.cases.CaseReader;
import org.examdesk.admin.cases.CaseRow;
import org.examdesk.admin.cases.CaseService;
import org.examdesk.admin.cases.CaseStatus;
import org.examdesk.admin.cases.CaseViews;
import org.examdesk.admin.cases.CommentText;
import org.examdesk.admin.client.CaseNotice;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.Idempotency;
import org.jdbi.v3.core.Handle;

/**
 * What agents do to a case: claim it, reply, change its status, log a call. Each change writes activity and an
 * audit row in one transaction, emails the requester through the outbox, and tells the listeners after commit.
 */
public final class AgentService {
    private final CaseDeps deps;

    private final Idempotency idempotency;

    public AgentService(CaseDeps deps, Idempotency idempotency) {
        this.deps = deps;
        this.idempotency = idempotency;
    }

    CaseViews.Summary claim(Actor actor, String number, CaseReader reader) {
        CaseNotice[] notice = new CaseNotice[2]; // the claim, and the status change it made
        CaseViews.Summary summary = deps.jdbi().inTransaction(h -> {
            CaseRow row = locked(h, number);
            requireOpen(row, "claimed");
            Long me = actor.caller().id();
            if (Objects.equals(row.assignedAgentId(), me)) {
                return reader.summary(h, row);
            }
            String before = AgentNames.of(h, row);
            if (row.assignedAgentId() != null) {
                throw ApiException.conflict("Case " + number + " is already claimed by " + before + ".");
            }
            Instant now = deps.clock().instant();
            CaseDao dao = h.attach(CaseDao.class);
            dao.assign(row.id(), me, now);
            dao.addActivity(
                    row.id(),
                    "OWNER_CHANGED",
                    actor.caller().name(),
                    "Claimed by " + actor.caller().name() + ".",
                    now);
            if (row.status().equals(CaseStatus.NEW.name())) {
                CaseRow assigned = dao.find(number).orElseThrow(); // so the notice names the agent who has it now
                notice[1] = changeStatus(h, actor, assigned, CaseStatus.IN_PROGRESS, null, now);
            }
            deps.audit()
                    .record(
                            h,
                            actor,
                            "case.claim",
                            "case",
                            number,
                            Map.of("agent", String.valueOf(before)),
                            Map.of("agent", actor.caller().name()));
            CaseRow after = dao.find(number).orElseThrow();
            notice[0] = CaseNotifier.notice(h, after, actor, null, after.status());
            return reader.summary(h, after);
        });
        if (notice[0] != null) {
            deps.notifier().claimed(notice[0]);
        }
        if (notice[1] != null) {
            deps.notifier().statusChanged(notice[1]);
        }
        return summary;
    }

    /**
     * Replies to the requester (activity, email, audit, then the live notice), once per {@code key} when one is
     * given: a retry with the same key and text changes nothing and answers true (replayed); the same key with
     * other text is refused.
     */
    public boolean reply(Actor actor, String number, String text, String key) {
        Idempotency.checkKey(key);
        String body = CommentText.check(text);
        CaseNotice[] notice = new CaseNotice[1];
        Idempotency.Outcome outcome = deps.jdbi()
                .inTransaction(h ->
                        idempotency.run(h, actor, key, "POST /api/v1/cases/" + number + "/replies " + body, 201, () -> {
                            notice[0] = addReply(h, actor, number, body);
                            return Map.of("number", number);
                        }));
        if (!outcome.replayed()) {
            deps.notifier().replied(notice[0]);
        }
        return outcome.replayed();
    }

    private CaseNotice addReply(Handle h, Actor actor, String number, String body) {
        CaseRow row = locked(h, number);
        if (row.status().equals(CaseStatus.CLOSED.name())) {
            throw ApiException.conflict("Case " + number + " is closed; the requester can open a new case.");
        }
        Instant now = deps.clock().instant();
        CaseDao dao = h.attach(CaseDao.class);
        dao.addActivity(row.id(), "AGENT_COMMENT", actor.caller().name(), body, now);
        dao.responded(row.id(), now);
        deps.notifier().emailReply(h, row, actor.caller().name(), body);
        deps.audit().record(h, actor, "case.reply", "case", number, null, Map.of("characters", body.length()));
        return CaseNotifier.notice(h, row, actor, body, row.status());
    }

    /**
     * Moves the case to {@code statusText} (the same status again changes nothing), once per {@code key} when one
     * is given: a retry with the same key and request answers true (replayed) and changes nothing, even when the
     * case has moved on since; the same key with another status or note is refused.
     */
    boolean setStatus(Actor actor, String number, String statusText, String note, String key) {
        Idempotency.checkKey(key);
        CaseStatus status = CaseStatus.parse(statusText)
                .orElseThrow(() -> ApiException.invalid(
                        "The status must be one of NEW, IN_PROGRESS, WAITING_ON_CUSTOMER, RESOLVED, CLOSED.",
                        List.of("status")));
        String cleanNote = note == null || note.isBlank() ? null : CommentText.check(note);
        String request = "PUT /api/v1/cases/" + number + "/status " + status + " " + Objects.toString(cleanNote, "");
        CaseNotice[] notice = new CaseNotice[1];
        Idempotency.Outcome outcome = deps.jdbi()
                .inTransaction(h -> idempotency.run(h, actor, key, request, 200, () -> {
                    notice[0] = moveTo(h, actor, number, status, cleanNote);
                    return Map.of("number", number);
                }));
        if (notice[0] != null) {
            deps.notifier().statusChanged(notice[0]);
        }
        return outcome.replayed();
    }

    private CaseNotice moveTo(Handle h, Actor actor, String number, CaseStatus status, String note) {
        CaseRow row = locked(h, number);
        if (row.status().equals(status.name())) {
            return null;
        }
        if (row.status().equals(CaseStatus.CLOSED.name())) {
            throw ApiException.conflict("Case " + number + " is closed and cannot be reopened; open a new case.");
        }
        Instant now = deps.clock().instant();
        if (!status.isOpen()) {
            h.attach(CaseDao.class).responded(row.id(), now);
        }
        return changeStatus(h, actor, row, status, note, now);
    }

    /**
     * Logs a call with the requester, once per {@code key} when one is given: a retry with the same key and note
     * answers true (replayed) and logs nothing; the same key with another note is refused.
     */
    boolean logCall(Actor actor, String number, String note, String key) {
        Idempotency.checkKey(key);
        String cleanNote = note == null || note.isBlank() ? "Call logged." : CommentText.check(note);
        return deps.jdbi()
                .inTransaction(h -> idempotency.run(
                        h, actor, key, "POST /api/v1/cases/" + number + "/calls " + cleanNote, 201, () -> {
                            CaseRow row = locked(h, number);
                            requireOpen(row, "given a call");
                            Instant now = deps.clock().instant();
                            CaseDao dao = h.attach(CaseDao.class);
                            dao.callLogged(row.id(), now);
                            dao.responded(row.id(), now);
                            dao.addActivity(
                                    row.id(), "CALL_LOGGED", actor.caller().name(), cleanNote, now);
                            deps.audit()
                                    .record(
                                            h,
                                            actor,
                                            "case.call",
                                            "case",
                                            number,
                                            null,
                                            Map.of("callLoggedAt", now.toString()));
                            return Map.of("number", number);
                        }))
                .replayed();
    }

    /** Writes a status change (activity, email, audit) and returns what to tell the listeners after commit. */
    public CaseNotice changeStatus(Handle h, Actor actor, CaseRow row, CaseStatus status, String note, Instant now) {
        CaseDao dao = h.attach(CaseDao.class);
        dao.setStatus(row.id(), status.name(), now);
        String text = "Status changed from " + CaseStatus.valueOf(row.status()).label() + " to " + status.label() + "."
                + (note == null ? "" : " " + note);
        dao.addActivity(row.id(), "STATUS_CHANGED", actor.caller().name(), text, now);
        deps.notifier().emailStatus(h, row, status);
        deps.audit()
                .record(
                        h,
                        actor,
                        "case.status",
                        "case",
                        row.number(),
                        Map.of("status", row.status()),
                        Map.of("status", status.name()));
        return CaseNotifier.notice(h, row, actor, note, status.name());
    }

    private static CaseRow locked(Handle h, String number) {
        if (!CaseNumbers.looksLikeNumber(number)) {
            throw CaseService.notFound();
        }
        return h.attach(CaseDao.class).lock(number).orElseThrow(CaseService::notFound);
    }

    private static void requireOpen(CaseRow row, String what) {
        if (!row.isOpen()) {
            throw ApiException.conflict("Case " + row.number() + " is "
                    + CaseStatus.valueOf(row.status()).label().toLowerCase() + " and cannot be " + what + ".");
        }
    }
}
