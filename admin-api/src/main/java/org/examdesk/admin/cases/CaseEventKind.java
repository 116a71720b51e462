package org.examdesk.admin.cases;

import java.util.function.BiConsumer;
import org.examdesk.admin.client.CaseNotice;

/** The kinds of {@link CaseEvents}, each with the listener method it calls. */
enum CaseEventKind {
    OPENED(CaseEvents::opened),
    CLAIMED(CaseEvents::claimed),
    AGENT_REPLIED(CaseEvents::agentReplied),
    REQUESTER_COMMENTED(CaseEvents::requesterCommented),
    STATUS_CHANGED(CaseEvents::statusChanged);

    private final BiConsumer<CaseEvents, CaseNotice> call;

    CaseEventKind(BiConsumer<CaseEvents, CaseNotice> call) {
        this.call = call;
    }

    void tell(CaseEvents listener, CaseNotice notice) {
        call.accept(listener, notice);
    }
}
