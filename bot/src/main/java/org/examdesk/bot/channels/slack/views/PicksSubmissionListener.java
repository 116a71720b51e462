package org.examdesk.bot.channels.slack.views;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import org.examdesk.bot.channels.slack.PicksModal;
import org.examdesk.bot.channels.slack.SlackServices;
import org.examdesk.bot.channels.slack.Who;

/**
 * A list ticked in its modal: the modal closes and the chosen values go to the engine in the background, with
 * the list's own submit value (so a stale list is refused there), answered where its button was.
 */
final class PicksSubmissionListener implements ViewSubmissionHandler {
    private final SlackServices services;

    PicksSubmissionListener(SlackServices services) {
        this.services = services;
    }

    @Override
    public Response apply(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        ViewSubmissionPayload payload = request.getPayload();
        PicksModal.Carried sent = PicksModal.submitted(
                payload.getView().getPrivateMetadata(), payload.getView().getState());
        Who who = new Who(payload.getTeam().getId(), payload.getUser().getId());
        services.jobs().run(() -> services.turns().form(who, sent.place(), sent.submit(), PicksModal.values(sent)));
        return ctx.ack();
    }
}
