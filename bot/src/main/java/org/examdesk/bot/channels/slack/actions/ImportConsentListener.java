package org.examdesk.bot.channels.slack.actions;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.examdesk.bot.channels.slack.Place;
import org.examdesk.bot.channels.slack.SlackServices;
import org.examdesk.bot.channels.slack.Who;

/** "Yes, I confirm: import": the shared file is imported once, however often the button is pressed. */
final class ImportConsentListener implements BlockActionHandler {
    private final SlackServices services;

    ImportConsentListener(SlackServices services) {
        this.services = services;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        String fileId = payload.getActions().get(0).getValue();
        Who who = new Who(payload.getTeam().getId(), payload.getUser().getId());
        Place place = ReplyButtonListener.place(payload);
        services.jobs().once("import:" + fileId, () -> services.imports().confirmed(who, place, fileId));
        return ctx.ack();
    }
}
