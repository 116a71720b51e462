package org.examdesk.bot.channels.slack.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.FileSharedEvent;
import org.examdesk.bot.channels.slack.Place;
import org.examdesk.bot.channels.slack.SlackServices;
import org.examdesk.bot.channels.slack.Who;

/** {@code file_shared} in a DM (channel ids of DMs start with D): the file is imported once. */
final class FileSharedListener implements BoltEventHandler<FileSharedEvent> {
    private final SlackServices services;

    FileSharedListener(SlackServices services) {
        this.services = services;
    }

    @Override
    public Response apply(EventsApiPayload<FileSharedEvent> payload, EventContext ctx) {
        FileSharedEvent event = payload.getEvent();
        if (event.getChannelId() == null
                || !event.getChannelId().startsWith("D")
                || event.getUserId() == null
                || event.getUserId().equals(ctx.getBotUserId())) {
            return ctx.ack();
        }
        Who who = new Who(payload.getTeamId(), event.getUserId());
        Place place = Place.channel(event.getChannelId());
        services.jobs().once("file:" + event.getFileId(), () -> services.imports()
                .shared(who, place, event.getFileId(), null));
        return ctx.ack();
    }
}
