package org.examdesk.bot.channels.slack.actions;

import com.slack.api.bolt.App;
import java.util.regex.Pattern;
import org.examdesk.bot.channels.slack.BlockKit;
import org.examdesk.bot.channels.slack.FileImports;
import org.examdesk.bot.channels.slack.HomeTab;
import org.examdesk.bot.channels.slack.SlackServices;

/** Block Kit button presses. */
public final class ActionListeners {
    private ActionListeners() {
    }

    public static void register(App app, SlackServices services) {
        app.blockAction(Pattern.compile("^" + BlockKit.REPLY_ACTION + "\\d+$"), new ReplyButtonListener(services));
        app.blockAction(HomeTab.CHANGE_EMAIL, new ChangeEmailButtonListener(services));
        app.blockAction(FileImports.CONSENT, new ImportConsentListener(services));
    }
}
