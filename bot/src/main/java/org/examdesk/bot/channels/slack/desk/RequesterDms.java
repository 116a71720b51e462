package org.examdesk.bot.channels.slack.desk;

import java.util.List;
import java.util.Locale;
import org.examdesk.admin.client.CaseListener;
import org.examdesk.admin.client.CaseNotice;
import org.examdesk.admin.client.SlackAdminClient;
import org.examdesk.bot.channels.slack.BlockKit;
import org.examdesk.bot.channels.slack.Jobs;
import org.examdesk.bot.channels.slack.Place;
import org.examdesk.bot.channels.slack.SlackWebApi;

/**
 * Brings an agent's reply, and the resolution of a case, to the requester's Slack DM when the requester is a staff
 * user linked to Slack (they are emailed as well). Told of changes made on this node only, so each DM is sent once.
 */
public final class RequesterDms implements CaseListener {
    private final SlackWebApi web;
    private final SlackAdminClient slackAdmin;
    private final Jobs jobs;

    public RequesterDms(SlackWebApi web, SlackAdminClient slackAdmin, Jobs jobs) {
        this.web = web;
        this.slackAdmin = slackAdmin;
        this.jobs = jobs;
    }

    @Override
    public void agentReplied(CaseNotice n) {
        dm(
                n,
                "*" + BlockKit.escape(n.actorName()) + "* from the support team replied to your case *" + n.number()
                        + "* (" + BlockKit.escape(n.subject()) + "):\n>"
                        + BlockKit.escape(n.text()).replace("\n", "\n>")
                        + "\nTo answer, send me `case " + n.number() + "` and add a comment.");
    }

    @Override
    public void statusChanged(CaseNotice n) {
        if (DeskMessages.finished(n.status())) {
            dm(
                    n,
                    "Your case *" + n.number() + "* (" + BlockKit.escape(n.subject()) + ") is now "
                            + DeskMessages.status(n.status()).toLowerCase(Locale.ROOT) + ".");
        }
    }

    private void dm(CaseNotice n, String mrkdwn) {
        if (n.requesterUserId() == null) {
            return;
        }
        jobs.run(() -> {
            List<SlackAdminClient.Link> links = slackAdmin.linksOf(n.requesterUserId());
            for (SlackAdminClient.Link link : links) {
                web.postMessage(Place.channel(web.openDm(link.slackUserId())), mrkdwn, null);
            }
        });
    }
}
