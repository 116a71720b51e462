package org.examdesk.bot.platform;

import java.util.regex.Pattern;

/**
 * The Slack channel's settings. Slack is on when {@code SLACK_BOT_TOKEN} and {@code SLACK_SIGNING_SECRET} are
 * both set; {@code SLACK_APP_TOKEN} adds Socket Mode. {@code toString} never shows a secret.
 */
public record SlackSettings(
        String botToken, String signingSecret, String appToken, String apiBaseUrl, String agentChannel, int workers) {
    public static final String SLACK_API = "https://slack.com/api/";
    private static final Pattern CHANNEL_ID = Pattern.compile("[CG][A-Z0-9]{2,31}");

    static SlackSettings read(AppConfig.Reader r) {
        String botToken = r.text("SLACK_BOT_TOKEN", null);
        String secret = r.text("SLACK_SIGNING_SECRET", null);
        String appToken = r.text("SLACK_APP_TOKEN", null);
        if ((botToken == null) != (secret == null)) {
            throw new ConfigException("SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET go together: set both to turn Slack "
                    + "on, or neither to leave it off.");
        }
        if (botToken != null && !botToken.startsWith("xoxb-")) {
            throw new ConfigException("SLACK_BOT_TOKEN must be the app's bot token, which starts with xoxb-.");
        }
        if (appToken != null && (botToken == null || !appToken.startsWith("xapp-"))) {
            throw new ConfigException("SLACK_APP_TOKEN must be an app-level token starting with xapp-, and needs "
                    + "SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET too.");
        }
        String base = r.url("SLACK_API_BASE_URL", SLACK_API);
        String channel = r.text("SLACK_AGENT_CHANNEL", null);
        if (channel != null && !CHANNEL_ID.matcher(channel).matches()) {
            throw new ConfigException("SLACK_AGENT_CHANNEL must be a Slack channel id such as C0123ABCD (open the "
                    + "channel's details in Slack to copy it), not '" + channel + "'.");
        }
        return new SlackSettings(
                botToken,
                secret,
                appToken,
                base.endsWith("/") ? base : base + "/",
                channel,
                r.integer("SLACK_WORKERS", 8, 1, 64));
    }

    public boolean enabled() {
        return botToken != null && signingSecret != null;
    }

    public boolean socketMode() {
        return enabled() && appToken != null;
    }

    @Override
    public String toString() {
        return "SlackSettings[enabled=" + enabled() + ", socketMode=" + socketMode() + ", apiBaseUrl=" + apiBaseUrl
                + ", agentChannel=" + agentChannel + ", workers=" + workers + "]";
    }
}
