package org.examdesk.bot.channels.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import java.util.List;
import org.examdesk.bot.engine.Reply;

/** Posts replies where the person asked: in the channel or thread, or through the response URL. */
public final class Replier {
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
