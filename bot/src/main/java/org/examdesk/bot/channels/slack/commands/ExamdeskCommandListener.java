package org.examdesk.bot.channels.slack.commands;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.util.regex.Pattern;
import org.examdesk.bot.channels.slack.Place;
import org.examdesk.bot.channels.slack.SlackServices;
import org.examdesk.bot.channels.slack.Who;

/**
 * {@code /examdesk reactivate Sam Patel}, {@code /examdesk case 12345678}, {@code /examdesk help},
 * {@code /examdesk link CODE}: acked at once, answered privately through the response URL.
 * {@code /examdesk new case} opens the open-a-case form.
 */
final class ExamdeskCommandListener implements SlashCommandHandler {
    private static final Pattern NEW_CASE = Pattern.compile("(?i)(new|open)( a)? case");

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
        if (NEW_CASE.matcher(text.strip()).matches()) {
            services.jobs().run(() -> services.forms().open(who, payload.getTriggerId(), place));
        } else {
            services.jobs().run(() -> services.turns().text(who, place, text));
        }
        return ctx.ack();
    }
}
