package org.examdesk.bot.channels.slack.actions;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.examdesk.bot.channels.slack.Place;
import org.examdesk.bot.channels.slack.SlackServices;
import org.examdesk.bot.channels.slack.Who;

/**
 * A button the engine offered (a choice or a confirmation): its value goes back to the engine unchanged, and
 * the engine's nonce refuses a stale button or one pressed by someone else. Answered where the button was.
 */
final class ReplyButtonListener implements BlockActionHandler {
    private final SlackServices services;

    ReplyButtonListener(SlackServices services) {
        this.services = services;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        String value = payload.getActions().get(0).getValue();
        Who who = new Who(payload.getTeam().getId(), payload.getUser().getId());
        Place place = place(payload);
        services.jobs().run(() -> services.turns().action(who, place, value));
        return ctx.ack();
    }

    static Place place(BlockActionPayload payload) {
        String channel =
                payload.getChannel() == null ? null : payload.getChannel().getId();
        boolean ephemeral =
                payload.getContainer() != null && payload.getContainer().isEphemeral();
        if (ephemeral || channel == null || payload.getMessage() == null) {
            return Place.responseUrl(channel, payload.getResponseUrl());
        }
        String thread = payload.getMessage().getThreadTs();
        return thread == null ? Place.channel(channel) : Place.thread(channel, thread);
    }
}
