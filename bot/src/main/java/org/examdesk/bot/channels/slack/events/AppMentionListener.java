package org.examdesk.bot.channels.slack.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import org.examdesk.bot.channels.slack.Place;
import org.examdesk.bot.channels.slack.SlackServices;
import org.examdesk.bot.channels.slack.Who;

/** "@ExamDesk student locked out": answered in the message's thread. */
final class AppMentionListener implements BoltEventHandler<AppMentionEvent> {
    private final SlackServices services;

    AppMentionListener(SlackServices services) {
        this.services = services;
    }

    @Override
    public Response apply(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent event = payload.getEvent();
        if (event.getBotId() != null || event.getUser() == null) {
            return ctx.ack();
        }
        Who who = new Who(payload.getTeamId(), event.getUser());
        String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
        String text = Mentions.strip(event.getText());
        services.jobs().once(payload.getEventId(), () -> services.turns()
                .text(who, Place.thread(event.getChannel(), thread), text));
        return ctx.ack();
    }
}
