package org.examdesk.bot.channels.slack.commands;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import org.examdesk.bot.channels.slack.Place;
import org.examdesk.bot.channels.slack.SlackServices;
import org.examdesk.bot.channels.slack.Who;

/**
 * {@code /examdesk reactivate Sam Patel}, {@code /examdesk case 12345678}, {@code /examdesk help},
 * {@code /examdesk link CODE}: acked at once, answered privately through the response URL.
 */
final class ExamdeskCommandListener implements SlashCommandHandler {
    private final SlackServices services;

    ExamdeskCommandListener(SlackServices services) {
        this.services = services;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload payload = request.getPayload();
        Who who = new Who(payload.getTeamId(), payload.getUserId());
        Place place = Place.responseUrl(payload.getChannelId(), payload.getResponseUrl());
        String text = payload.getText() == null || payload.getText().isBlank() ? "help" : payload.getText();
        services.jobs().run(() -> services.turns().text(who, place, text));
        return ctx.ack();
    }
}
