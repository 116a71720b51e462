package org.examdesk.bot.channels.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.SlackAdminClient;
import org.examdesk.bot.engine.ChatService;
import org.examdesk.bot.engine.Inbound;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.SharedFile;
import org.examdesk.bot.engine.Speaker;

/**
 * One turn of a Slack user's conversation in one channel: who is asking, the conversation (kept in the
 * database), the engine's replies, posted where they asked. Linked users get everything the engine offers;
 * unlinked users get its text and articles and a prompt to link, nothing more. Runs in the background.
 */
public final class SlackTurns {
    public static final String CHANNEL = "slack";
    static final String LINK_PROMPT = "To look up or change anything for your centre, link Slack to your ExamDesk "
            + "account: sign in to ExamDesk, get a link code, and send me `link ABCD-2345` (the code lasts 10 minutes).";
    static final String NOT_LINKED_ACTION = "Sorry, I can only act for people who have linked Slack to their "
            + "ExamDesk account, so I have not changed anything. " + LINK_PROMPT;
    private static final Pattern LINK = Pattern.compile("(?i)^link\\s+([A-Za-z0-9-]{4,20})$");
    private static final Pattern UNLINK = Pattern.compile("(?i)^unlink$");

    private final ChatService chat;
    private final SlackUsers users;
    private final SlackAdminClient slackAdmin;
    private final Replier replier;

    public SlackTurns(ChatService chat, SlackUsers users, SlackAdminClient slackAdmin, Replier replier) {
        this.chat = chat;
        this.users = users;
        this.slackAdmin = slackAdmin;
        this.replier = replier;
    }

    /** Typed text: {@code link CODE} and {@code unlink} are handled here, anything else goes to the engine. */
    public void text(Who who, Place place, String text) {
        String trimmed = text == null ? "" : text.strip();
        Matcher link = LINK.matcher(trimmed);
        if (link.matches()) {
            link(who, place, link.group(1));
        } else if (UNLINK.matcher(trimmed).matches()) {
            unlink(who, place);
        } else {
            turn(who, place, Inbound.text(trimmed));
        }
    }

    /** A pressed button: only linked users may act. */
    public void action(Who who, Place place, String value) {
        turn(who, place, Inbound.action(value));
    }

    /** A submitted list or form (a modal): its submit button's value and the values, as a pressed button. */
    public void form(Who who, Place place, String value, Map<String, String> values) {
        turn(who, place, Inbound.form(value, values));
    }

    /**
     * A file shared in the direct message that a flow takes on (a learner group's file): that flow's turn, posted
     * back. False when no flow takes it, for the caller to handle as before; the file is downloaded only for someone
     * whose files a flow may take.
     */
    public boolean file(Who who, Place place, Supplier<SharedFile> download) {
        Speaker speaker = users.speaker(who);
        if (!speaker.signedIn() || !chat.takesFilesFrom(speaker)) {
            return false;
        }
        SharedFile file = download.get();
        if (!chat.takes(file, speaker)) {
            return false;
        }
        List<Reply> replies;
        try {
            UUID conversation = slackAdmin.conversation(who.teamId(), who.userId(), place.channelId());
            replies = chat.share(conversation, speaker, CHANNEL, file, List::of);
        } catch (RuntimeException e) {
            replier.say(place, "Something went wrong on our side and nothing was uploaded. Please try again shortly.");
            throw e;
        }
        replier.post(who, place, replies);
        return true;
    }

    /**
     * A file shared in the direct message while a case is looked at there: attached to that case, as the person,
     * and the answer posted in the same direct message. False when no case is looked at (the caller handles it as
     * before); {@code file} describes it without its content, which {@code download} fetches only when taken;
     * {@code refusal}, when set, is said instead (a file over the limit, never downloaded).
     */
    public boolean caseFile(Who who, Place place, SharedFile file, Supplier<byte[]> download, String refusal) {
        Speaker speaker = users.speaker(who);
        if (!speaker.signedIn()) {
            return false;
        }
        UUID conversation = slackAdmin.conversation(who.teamId(), who.userId(), place.channelId());
        if (!chat.takesAt(conversation, speaker, CHANNEL, file)) {
            return false;
        }
        if (refusal != null) {
            replier.say(place, refusal);
            return true;
        }
        List<Reply> replies;
        try {
            SharedFile full = new SharedFile(file.fileName(), file.contentType(), download.get(), file.text());
            replies = chat.share(conversation, speaker, CHANNEL, full, List::of);
        } catch (RuntimeException e) {
            replier.say(place, "Something went wrong on our side and nothing was attached. Please try again shortly.");
            throw e;
        }
        replier.post(who, place, replies);
        return true;
    }

    private void turn(Who who, Place place, Inbound inbound) {
        Speaker speaker = users.speaker(who);
        if (inbound.isAction() && !speaker.signedIn()) {
            replier.privately(who, place, NOT_LINKED_ACTION);
            return;
        }
        List<Reply> replies;
        try {
            UUID conversation = slackAdmin.conversation(who.teamId(), who.userId(), place.channelId());
            replies = chat.turn(conversation, speaker, inbound, CHANNEL);
        } catch (RuntimeException e) {
            replier.say(place, "Something went wrong on our side and nothing was changed. Please try again shortly.");
            throw e;
        }
        replier.post(who, place, speaker.signedIn() ? replies : forUnlinked(replies));
    }

    static List<Reply> forUnlinked(List<Reply> replies) {
        List<Reply> kept = new ArrayList<>();
        for (Reply reply : replies) {
            if (reply instanceof Reply.Text || reply instanceof Reply.ArticleCard) {
                kept.add(reply);
            }
        }
        kept.add(new Reply.Text(LINK_PROMPT));
        return kept;
    }

    private void link(Who who, Place place, String code) {
        try {
            SlackAdminClient.Linked linked = slackAdmin.redeem(who.teamId(), who.userId(), code);
            replier.say(
                    place,
                    "Linked: I now act for *" + BlockKit.escape(linked.name()) + "* here in Slack, "
                            + "with the same rights as in ExamDesk. Say `help` to see what I can do, or `unlink` to undo this.");
        } catch (AdminApiException e) {
            replier.say(
                    place,
                    e.status() == 422 || e.status() == 429
                            ? BlockKit.escape(e.getMessage())
                            : "I could not link your account just now. Please try again in a moment.");
        }
    }

    private void unlink(Who who, Place place) {
        try {
            slackAdmin.unlink(who.teamId(), who.userId());
            replier.say(place, "Unlinked: I no longer act for you in Slack.");
        } catch (AdminApiException e) {
            replier.say(
                    place, e.status() == 404 ? "Your Slack account is not linked." : "I could not unlink just now.");
        }
    }
}
