package org.examdesk.bot.channels.web;

import java.util.List;
import java.util.Locale;
import org.examdesk.admin.client.CaseListener;
import org.examdesk.admin.client.CaseNotice;
import org.examdesk.bot.engine.Reply;

/**
 * Brings what an agent does on a case into the web chat the case came from, live: their replies as messages and
 * the end of a live chat. It listens to every node's changes, so the page gets them whichever node it is
 * connected to.
 */
public final class LiveRelay implements CaseListener {
    private final ChatSocket socket;

    public LiveRelay(ChatSocket socket) {
        this.socket = socket;
    }

    @Override
    public void agentReplied(CaseNotice notice) {
        if (notice.conversationId() != null) {
            socket.deliver(
                    notice.conversationId(),
                    List.of(new Reply.Text((notice.actorName() == null ? "Agent" : notice.actorName()) + " (case "
                            + notice.number() + "): " + notice.text())));
        }
    }

    @Override
    public void claimed(CaseNotice notice) {
        if (notice.conversationId() != null) {
            socket.deliver(
                    notice.conversationId(),
                    List.of(new Reply.Text(notice.actorName() + " from the support team has picked up case "
                            + notice.number() + ".")));
        }
    }

    @Override
    public void statusChanged(CaseNotice notice) {
        if (notice.conversationId() != null
                && ("RESOLVED".equals(notice.status()) || "CLOSED".equals(notice.status()))) {
            socket.deliver(
                    notice.conversationId(),
                    List.of(new Reply.Text("Case " + notice.number() + " is now "
                            + notice.status().toLowerCase(Locale.ROOT) + ".")));
        }
    }
}
