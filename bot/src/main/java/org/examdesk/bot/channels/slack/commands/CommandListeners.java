package org.examdesk.bot.channels.slack.commands;

import com.slack.api.bolt.App;
import org.examdesk.bot.channels.slack.SlackServices;

/** The slash commands. */
public final class CommandListeners {
    private CommandListeners() {}

    public static void register(App app, SlackServices services) {
        app.command("/examdesk", new ExamdeskCommandListener(services));
    }
}
