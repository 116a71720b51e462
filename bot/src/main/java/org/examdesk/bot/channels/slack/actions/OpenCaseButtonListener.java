package org.examdesk.bot.channels.slack.actions;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.examdesk.bot.channels.slack.Place;
import org.examdesk.bot.channels.slack.SlackServices;
import org.examdesk.bot.channels.slack.Who;

/** "Open a case" on the App Home: opens the open-a-case form (the trigger id lives 3 seconds). */
final class OpenCaseButtonListener implements BlockActionHandler {
    private final SlackServices services;

    OpenCaseButtonListener(SlackServices services) {
        this.services = services;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        Who who = new Who(payload.getTeam().getId(), payload.getUser().getId());
        String trigger = payload.getTriggerId();
        services.jobs().run(() -> services.forms()
                .open(who, trigger, Place.channel(services.web().openDm(who.userId()))));
        return ctx.ack();
    }
}
