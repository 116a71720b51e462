package org.examdesk.bot.channels.slack.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.File;
import com.slack.api.model.event.MessageFileShareEvent;
import org.examdesk.bot.channels.slack.Place;
import org.examdesk.bot.channels.slack.SlackServices;
import org.examdesk.bot.channels.slack.Who;

/** A DM message with files: each file is imported once (file_shared may announce the same file). */
final class FileShareMessageListener implements BoltEventHandler<MessageFileShareEvent> {
    private final SlackServices services;

    FileShareMessageListener(SlackServices services) {
        this.services = services;
    }

    @Override
    public Response apply(EventsApiPayload<MessageFileShareEvent> payload, EventContext ctx) {
        MessageFileShareEvent event = payload.getEvent();
        if (!"im".equals(event.getChannelType()) || event.getUser() == null || event.getFiles() == null) {
            return ctx.ack();
        }
        Who who = new Who(payload.getTeamId(), event.getUser());
        Place place = Place.channel(event.getChannel());
        for (File file : event.getFiles()) {
            services.jobs().once("file:" + file.getId(), () -> services.imports()
                    .shared(who, place, file.getId(), event.getText()));
        }
        return ctx.ack();
    }
}
