package org.examdesk.bot.channels.slack;

/**
 * Where the bot answers: a channel (or DM), maybe inside a thread, or through a {@code response_url} (slash
 * commands and ephemeral messages, which have no channel message to reply to).
 */
public record Place(String channelId, String threadTs, String responseUrl) {
    public static Place channel(String channelId) {
        return new Place(channelId, null, null);
    }

    public static Place thread(String channelId, String threadTs) {
        return new Place(channelId, threadTs, null);
    }

    public static Place responseUrl(String channelId, String responseUrl) {
        return new Place(channelId, null, responseUrl);
    }

    public boolean viaResponseUrl() {
        return responseUrl != null;
    }
}
