package org.examdesk.bot.channels.slack.actions;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.examdesk.bot.channels.slack.SlackServices;
import org.examdesk.bot.channels.slack.Who;

/** Claim on a case in the agents' channel: claimed as the clicking agent's linked account, in the background. */
final class ClaimButtonListener implements BlockActionHandler {
    private final SlackServices services;

    ClaimButtonListener(SlackServices services) {
        this.services = services;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        Who who = new Who(payload.getTeam().getId(), payload.getUser().getId());
        String number = payload.getActions().get(0).getValue();
        services.jobs().run(() -> services.desk().claim(who, number));
        return ctx.ack();
    }
}
