package org.examdesk.admin.cases;

import org.examdesk.admin.client.CaseListener;
import org.examdesk.admin.client.CaseNotice;

/**
 * The cases feature's listeners, registered with {@link Cases#listen} or {@link Cases#listenOnEveryNode}. What they
 * are told, and how, is {@link CaseListener}'s contract, which lives in the admin client so that the bot can
 * implement it without seeing this package; {@link #of} adapts one of the bot's listeners.
 */
public interface CaseEvents extends CaseListener {
    /** The listener as one of these; each event goes straight to it. */
    static CaseEvents of(CaseListener listener) {
        if (listener instanceof CaseEvents events) {
            return events;
        }
        return new CaseEvents() {
            @Override
            public void opened(CaseNotice notice) {
                listener.opened(notice);
            }

            @Override
            public void claimed(CaseNotice notice) {
                listener.claimed(notice);
            }

            @Override
            public void agentReplied(CaseNotice notice) {
                listener.agentReplied(notice);
            }

            @Override
            public void requesterCommented(CaseNotice notice) {
                listener.requesterCommented(notice);
            }

            @Override
            public void statusChanged(CaseNotice notice) {
                listener.statusChanged(notice);
            }
        };
    }
}
