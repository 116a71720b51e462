package org.examdesk.bot.channels.slack.actions;

import com.slack.api.bolt.App;
import java.util.regex.Pattern;
import org.examdesk.bot.channels.slack.BlockKit;
import org.examdesk.bot.channels.slack.CaseFileSends;
import org.examdesk.bot.channels.slack.CaseModal;
import org.examdesk.bot.channels.slack.FileImports;
import org.examdesk.bot.channels.slack.HomeTab;
import org.examdesk.bot.channels.slack.PicksModal;
import org.examdesk.bot.channels.slack.SlackServices;
import org.examdesk.bot.channels.slack.desk.DeskMessages;

/** Block Kit button presses. */
public final class ActionListeners {
    private ActionListeners() {}

    public static void register(App app, SlackServices services) {
        app.blockAction(Pattern.compile("^" + BlockKit.REPLY_ACTION + "\\d+$"), new ReplyButtonListener(services));
        app.blockAction(PicksModal.OPEN, new PicksButtonListener(services));
        app.blockAction(HomeTab.CHANGE_EMAIL, new ChangeEmailButtonListener(services));
        app.blockAction(FileImports.CONSENT, new ImportConsentListener(services));
        app.blockAction(DeskMessages.CLAIM, new ClaimButtonListener(services));
        app.blockAction(HomeTab.OPEN_CASE, new OpenCaseButtonListener(services));
        app.blockAction(Pattern.compile("^(" + String.join("|", CaseModal.CASCADE) + ")$"), (request, ctx) -> {
            var view = request.getPayload().getView();
            services.jobs().run(() -> services.forms().changed(view.getId(), view.getHash(), view.getState()));
            return ctx.ack();
        });
        app.blockAction(DeskMessages.OPEN, (request, ctx) -> ctx.ack()); // a link: Slack opens it, nothing to do
        app.blockAction(Pattern.compile("^" + CaseFileSends.SEND + "\\d+$"), new SendCaseFileListener(services));
    }
}
