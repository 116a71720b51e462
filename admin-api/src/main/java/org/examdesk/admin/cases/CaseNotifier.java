package org.examdesk.admin.cases;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.client.CaseNotice;
import org.examdesk.admin.mail.Outbox;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the requester what happened to their case: an email queued in the change's transaction, and, once the
 * change is committed, the {@link CaseEvents} listeners: those of this node directly, and those of every node
 * through the {@link CaseEventBus}.
 */
public final class CaseNotifier {
    private static final Logger log = LoggerFactory.getLogger(CaseNotifier.class);

    private final Outbox outbox;
    private final CaseEventBus bus;
    private final List<CaseEvents> listeners = new CopyOnWriteArrayList<>();

    CaseNotifier(Outbox outbox, CaseEventBus bus) {
        this.outbox = outbox;
        this.bus = bus;
    }

    /** A listener on this node only: told of the changes made here (for work to do once, such as a Slack post). */
    void listen(CaseEvents listener) {
        listeners.add(listener);
    }

    /** A listener told of every node's changes (for delivery to people connected to this node). */
    void listenOnEveryNode(CaseEvents listener) {
        bus.listen(listener);
    }

    void close() {
        bus.close();
    }

    int forgetOldEvents() {
        return bus.forgetOld();
    }

    void acknowledge(Handle h, String number, String email, String subject, String message) {
        outbox.enqueue(
                h,
                email,
                "Case " + number + ": we have your request",
                "Thank you. We have opened case " + number + " (\"" + subject + "\").\n\n" + message
                        + "\n\nQuote the case number if you contact us about it.");
    }

    public void emailReply(Handle h, CaseRow row, String agentName, String text) {
        outbox.enqueue(
                h,
                row.contactEmail(),
                "Case " + row.number() + ": a reply from support",
                agentName + " replied to your case " + row.number() + " (\"" + row.subject() + "\"):\n\n" + text
                        + "\n\nReply in the chat or on the case page to answer.");
    }

    public void emailStatus(Handle h, CaseRow row, CaseStatus status) {
        outbox.enqueue(
                h,
                row.contactEmail(),
                "Case " + row.number() + " is now " + status.label().toLowerCase(),
                "Your case " + row.number() + " (\"" + row.subject() + "\") is now: " + status.label() + ".");
    }

    /**
     * Runs after commit: tells this node's listeners, then every node's through the {@link CaseEventBus}. A failing
     * listener or a failed publication is logged and never undoes the change.
     */
    void opened(CaseNotice notice) {
        fire(CaseEventKind.OPENED, notice);
    }

    public void claimed(CaseNotice notice) {
        fire(CaseEventKind.CLAIMED, notice);
    }

    public void replied(CaseNotice notice) {
        fire(CaseEventKind.AGENT_REPLIED, notice);
    }

    void commented(CaseNotice notice) {
        fire(CaseEventKind.REQUESTER_COMMENTED, notice);
    }

    public void statusChanged(CaseNotice notice) {
        fire(CaseEventKind.STATUS_CHANGED, notice);
    }

    private void fire(CaseEventKind kind, CaseNotice notice) {
        for (CaseEvents listener : listeners) {
            try {
                kind.tell(listener, notice);
            } catch (RuntimeException e) {
                log.error("A case listener failed on case {}", notice.number(), e);
            }
        }
        try {
            bus.publish(kind, notice);
        } catch (RuntimeException e) {
            log.error("Case {}: the event could not be passed to the other nodes", notice.number(), e);
        }
    }

    /** What to tell the listeners of {@code actor}'s change to {@code row}, which leaves it in {@code status}. */
    public static CaseNotice notice(Handle h, CaseRow row, Actor actor, String text, String status) {
        return new CaseNotice(
                row.number(),
                row.subject(),
                row.queue(),
                row.dueAt(),
                status,
                row.requesterUserId(),
                row.requesterStudentId(),
                row.contactName(),
                row.conversationId(),
                AgentNames.of(h, row),
                actor.caller().name(),
                actor.caller().channel(),
                text);
    }
}
