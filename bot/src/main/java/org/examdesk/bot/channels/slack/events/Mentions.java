package org.examdesk.bot.channels.slack.events;

import java.util.regex.Pattern;

/** Slack's encoded mentions, {@code <@U0123ABCD>}, are not part of what the person asked. */
final class Mentions {
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");

    private Mentions() {}

    static String strip(String text) {
        return text == null
                ? ""
                : MENTION.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
    }
}
