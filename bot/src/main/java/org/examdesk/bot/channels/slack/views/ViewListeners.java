package org.examdesk.bot.channels.slack.views;

import com.slack.api.bolt.App;
import org.examdesk.bot.channels.slack.CaseModal;
import org.examdesk.bot.channels.slack.Modals;
import org.examdesk.bot.channels.slack.PicksModal;
import org.examdesk.bot.channels.slack.SlackServices;

/** Modal submissions. */
public final class ViewListeners {
    private ViewListeners() {}

    public static void register(App app, SlackServices services) {
        app.viewSubmission(Modals.CHANGE_EMAIL, new ChangeEmailSubmissionListener(services));
        app.viewSubmission(PicksModal.CALLBACK, new PicksSubmissionListener(services));
        app.viewSubmission(CaseModal.CALLBACK, new OpenCaseSubmissionListener(services));
    }
}
