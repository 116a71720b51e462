package org.examdesk.bot.channels.slack.actions;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.examdesk.bot.channels.slack.SlackServices;
import org.examdesk.bot.channels.slack.Who;

/** "Send me notes.pdf" under a case's files: the file goes to the presser's direct message, in the background. */
final class SendCaseFileListener implements BlockActionHandler {
    private final SlackServices services;

    SendCaseFileListener(SlackServices services) {
        this.services = services;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        Who who = new Who(payload.getTeam().getId(), payload.getUser().getId());
        String value = payload.getActions().get(0).getValue();
        services.jobs().run(() -> services.caseFiles().send(who, ReplyButtonListener.place(payload), value));
        return ctx.ack();
    }
}
