package org.examdesk.bot.channels.slack.actions;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.examdesk.bot.channels.slack.PicksModal;
import org.examdesk.bot.channels.slack.SlackServices;

/** "Choose…" under a list to tick: opens its modal (the trigger id lives 3 seconds), answered where the button was. */
final class PicksButtonListener implements BlockActionHandler {
    private final SlackServices services;

    PicksButtonListener(SlackServices services) {
        this.services = services;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        String trigger = payload.getTriggerId();
        String value = payload.getActions().get(0).getValue();
        services.jobs().run(() -> services.web()
                .openView(trigger, PicksModal.view(value, ReplyButtonListener.place(payload))));
        return ctx.ack();
    }
}
