package org.examdesk.bot.channels.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.examdesk.bot.engine.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts replies where the person asked: in the channel or thread, or through the response URL. A file for the person
 * alone ({@link Reply.PrivateFile}) goes only to their direct message, whatever the place.
 */
public final class Replier {
    private static final Logger log = LoggerFactory.getLogger(Replier.class);

    private final SlackWebApi web;
    private final BlockKit blockKit;

    public Replier(SlackWebApi web, BlockKit blockKit) {
        this.web = web;
        this.blockKit = blockKit;
    }

    public void post(Place place, List<Reply> replies) {
        String text = blockKit.fallback(replies);
        if (place.viaResponseUrl()) {
            web.respond(place.responseUrl(), text, blockKit.blocks(replies));
        } else {
            web.postMessage(place, text, blockKit.blocks(replies));
        }
    }

    /**
     * Replies to {@code who}: each private file is uploaded to their direct message with the bot, never to a channel;
     * asked elsewhere, the place is told it went there privately. The other replies are posted at the place.
     */
    public void post(Who who, Place place, List<Reply> replies) {
        List<Reply> here = new ArrayList<>();
        List<Reply.PrivateFile> files = new ArrayList<>();
        for (Reply reply : replies) {
            if (reply instanceof Reply.PrivateFile file) {
                files.add(file);
            } else {
                here.add(reply);
            }
        }
        if (files.isEmpty()) {
            post(place, replies);
            return;
        }
        for (Reply.PrivateFile file : files) {
            here.add(new Reply.Text(sendPrivately(who, place, file)));
        }
        post(place, here);
    }

    /** Uploads the file to {@code who}'s direct message; answers what to tell them where they asked. */
    private String sendPrivately(Who who, Place place, Reply.PrivateFile file) {
        String dm;
        try {
            dm = web.openDm(who.userId());
            web.upload(
                    dm,
                    file.name(),
                    file.content().getBytes(StandardCharsets.UTF_8),
                    "Here is " + file.name() + ", for you alone: keep it safe.");
        } catch (RuntimeException e) {
            log.error("Could not upload {} to a direct message", file.name(), e);
            return "I could not send you " + file.name() + ". Its codes were issued, so ask me to reissue the codes "
                    + "to get a new file.";
        }
        return dm.equals(place.channelId())
                ? "The file " + file.name() + " is here in our direct messages."
                : "I have sent " + file.name() + " to you privately, in our direct messages: it is for you alone, "
                        + "so it never goes in a channel.";
    }

    /** A short message in Slack mrkdwn (the caller escapes anything a user typed). */
    public void say(Place place, String mrkdwn) {
        if (place.viaResponseUrl()) {
            web.respond(place.responseUrl(), mrkdwn, List.of(section(s -> s.text(markdownText(mrkdwn)))));
        } else {
            web.postMessage(place, mrkdwn, List.of(section(s -> s.text(markdownText(mrkdwn)))));
        }
    }

    /** A message only {@code who} sees. */
    public void privately(Who who, Place place, String text) {
        if (place.viaResponseUrl()) {
            web.respond(place.responseUrl(), text, List.of(section(s -> s.text(markdownText(text)))));
        } else {
            web.postEphemeral(place.channelId(), who.userId(), text);
        }
    }
}
