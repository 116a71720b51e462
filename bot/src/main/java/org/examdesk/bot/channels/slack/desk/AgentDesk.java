package org.examdesk.bot.channels.slack.desk;

import java.util.Optional;
import java.util.function.Consumer;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.CaseListener;
import org.examdesk.admin.client.CaseNotice;
import org.examdesk.admin.client.CasesClient;
import org.examdesk.admin.client.SlackAdminClient;
import org.examdesk.admin.client.SlackAdminClient.CasePost;
import org.examdesk.bot.channels.slack.Jobs;
import org.examdesk.bot.channels.slack.Place;
import org.examdesk.bot.channels.slack.SlackUsers;
import org.examdesk.bot.channels.slack.SlackWebApi;
import org.examdesk.bot.channels.slack.Who;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agents' Slack channel ({@code SLACK_AGENT_CHANNEL}). Every case opened is posted there with Claim and Open
 * buttons; what happens to it afterwards (claim, replies either way, status) updates the post or goes into its
 * thread. An agent's reply in the thread goes to the requester as a case reply, made as the linked agent. Told of
 * changes made on this node only, so each post is made once however many nodes run; the work for one case runs in
 * the order it happened.
 */
public final class AgentDesk implements CaseListener {
    static final String NOT_LINKED = "Link Slack to your ExamDesk agent account first (sign in to ExamDesk, get a "
            + "link code and send it to me in a DM as `link ABCD-2345`). Nothing was changed.";
    /** A thread message starting with this is a note among agents, not a reply. */
    static final String NOTE = "//";

    private static final Logger log = LoggerFactory.getLogger(AgentDesk.class);

    private final String channelId;
    private final SlackWebApi web;
    private final SlackAdminClient slackAdmin;
    private final SlackUsers users;
    private final Jobs jobs;
    private final DeskMessages messages;

    public AgentDesk(
            String channelId,
            SlackWebApi web,
            SlackAdminClient slackAdmin,
            SlackUsers users,
            Jobs jobs,
            DeskMessages messages) {
        this.channelId = channelId;
        this.web = web;
        this.slackAdmin = slackAdmin;
        this.users = users;
        this.jobs = jobs;
        this.messages = messages;
    }

    /** True for a person's reply in a thread of the agents' channel. */
    public boolean isDeskThread(String channel, String threadTs) {
        return channelId != null && channelId.equals(channel) && threadTs != null;
    }

    @Override
    public void opened(CaseNotice notice) {
        jobs.inOrder(notice.number(), () -> {
            String ts = web.postMessage(Place.channel(channelId), messages.cardFallback(notice), messages.card(notice));
            if (ts != null) {
                slackAdmin.savePost(notice.number(), channelId, ts);
            }
        });
    }

    @Override
    public void claimed(CaseNotice notice) {
        jobs.inOrder(notice.number(), () -> post(notice.number()).ifPresent(p -> {
            web.update(p.channelId(), p.ts(), messages.cardFallback(notice), messages.card(notice));
            web.postMessage(Place.thread(p.channelId(), p.ts()), messages.claimLine(notice), null);
        }));
    }

    @Override
    public void agentReplied(CaseNotice notice) {
        if (!"slack".equals(notice.channel())) { // a reply written in the thread is there already
            inThread(notice, messages.agentReply(notice));
        }
    }

    @Override
    public void requesterCommented(CaseNotice notice) {
        inThread(notice, messages.requesterComment(notice));
    }

    @Override
    public void statusChanged(CaseNotice notice) {
        jobs.inOrder(notice.number(), () -> post(notice.number()).ifPresent(p -> {
            web.update(p.channelId(), p.ts(), messages.cardFallback(notice), messages.card(notice));
            web.postMessage(Place.thread(p.channelId(), p.ts()), messages.statusLine(notice), null);
        }));
    }

    /** An agent clicked Claim: claimed as their linked account; the post is updated by {@link #claimed}. */
    public void claim(Who who, String number) {
        act(who, number, cases -> cases.claim(number), "claim");
    }

    /** An agent wrote in a case's thread: it goes to the requester as the agent's reply, unless it is a note. */
    public void threadReply(Who who, String threadTs, String messageTs, String text) {
        if (text == null || text.isBlank() || text.strip().startsWith(NOTE)) {
            return; // a note among agents stays in Slack
        }
        Optional<CasePost> post = slackAdmin.postAt(channelId, threadTs);
        if (post.isEmpty()) {
            return;
        }
        String number = post.get().number();
        if (act(who, number, cases -> cases.reply(number, text), "reply to")) {
            web.react(channelId, messageTs, "white_check_mark");
        }
    }

    private boolean act(Who who, String number, Consumer<CasesClient> action, String verb) {
        if (users.linked(who).isEmpty()) {
            web.postEphemeral(channelId, who.userId(), NOT_LINKED);
            return false;
        }
        try {
            action.accept(new CasesClient(users.actingAs(who)));
            return true;
        } catch (AdminApiException e) {
            String why = e.status() == 403 ? "Only support agents can " + verb + " cases." : e.getMessage();
            web.postEphemeral(channelId, who.userId(), "Case " + number + ": " + why);
            log.info("Slack agent desk: {} case {} refused for {}: {}", verb, number, who.subject(), e.status());
            return false;
        }
    }

    private void inThread(CaseNotice notice, String mrkdwn) {
        jobs.inOrder(notice.number(), () -> post(notice.number())
                .ifPresent(p -> web.postMessage(Place.thread(p.channelId(), p.ts()), mrkdwn, null)));
    }

    private Optional<CasePost> post(String number) {
        return slackAdmin.postOf(number).filter(p -> p.channelId().equals(channelId));
    }
}
