package org.examdesk.bot.channels.slack.actions;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.examdesk.bot.channels.slack.Modals;
import org.examdesk.bot.channels.slack.SlackServices;

/** "Change a student's email" on the App Home: opens the form (the trigger id lives 3 seconds). */
final class ChangeEmailButtonListener implements BlockActionHandler {
    private final SlackServices services;

    ChangeEmailButtonListener(SlackServices services) {
        this.services = services;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        String trigger = request.getPayload().getTriggerId();
        services.jobs().run(() -> services.web().openView(trigger, Modals.changeEmail()));
        return ctx.ack();
    }
}
