package org.examdesk.admin.cases;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.examdesk.admin.mail.Outbox;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the requester what happened to their case: an email queued in the change's transaction, and, once the
 * change is committed, the registered {@link CaseEvents} listeners (the bot's live channels).
 */
final class CaseNotifier {
    private static final Logger log = LoggerFactory.getLogger(CaseNotifier.class);

    private final Outbox outbox;
    private final List<CaseEvents> listeners = new CopyOnWriteArrayList<>();

    CaseNotifier(Outbox outbox) {
        this.outbox = outbox;
    }

    void listen(CaseEvents listener) {
        listeners.add(listener);
    }

    void acknowledge(Handle h, String number, String email, String subject, String message) {
        outbox.enqueue(h, email, "Case " + number + ": we have your request",
                "Thank you. We have opened case " + number + " (\"" + subject + "\").\n\n" + message
                        + "\n\nQuote the case number if you contact us about it.");
    }

    void emailReply(Handle h, CaseRow row, String agentName, String text) {
        outbox.enqueue(h, row.contactEmail(), "Case " + row.number() + ": a reply from support",
                agentName + " replied to your case " + row.number() + " (\"" + row.subject() + "\"):\n\n" + text
                        + "\n\nReply in the chat or on the case page to answer.");
    }

    void emailStatus(Handle h, CaseRow row, CaseStatus status) {
        outbox.enqueue(h, row.contactEmail(), "Case " + row.number() + " is now " + status.label().toLowerCase(),
                "Your case " + row.number() + " (\"" + row.subject() + "\") is now: " + status.label() + ".");
    }

    /** Runs after commit; a failing listener is logged and never undoes the change. */
    void replied(CaseNotice notice) {
        fire(notice, CaseEvents::agentReplied);
    }

    void statusChanged(CaseNotice notice) {
        fire(notice, CaseEvents::statusChanged);
    }

    private void fire(CaseNotice notice, BiConsumer<CaseEvents, CaseNotice> call) {
        for (CaseEvents listener : listeners) {
            try {
                call.accept(listener, notice);
            } catch (RuntimeException e) {
                log.error("A case listener failed on case {}", notice.number(), e);
            }
        }
    }

    static CaseNotice notice(CaseRow row, String agentName, String text, String status) {
        return new CaseNotice(row.number(), row.requesterUserId(), row.requesterStudentId(), row.conversationId(),
                agentName, text, status);
    }
}
