package org.examdesk.bot.channels.slack.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import org.examdesk.bot.channels.slack.Place;
import org.examdesk.bot.channels.slack.SlackServices;
import org.examdesk.bot.channels.slack.Who;

/**
 * A message in the bot's DM: answered in the DM (or in the thread it was written in). A reply in a case's thread in
 * the agents' channel goes to the agent desk. Other channel messages and bots are ignored.
 */
final class DirectMessageListener implements BoltEventHandler<MessageEvent> {
    private final SlackServices services;

    DirectMessageListener(SlackServices services) {
        this.services = services;
    }

    @Override
    public Response apply(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent event = payload.getEvent();
        boolean fromPerson = event.getBotId() == null
                && event.getSubtype() == null
                && event.getUser() != null
                && !event.getUser().equals(ctx.getBotUserId());
        if (!fromPerson) {
            return ctx.ack();
        }
        Who who = new Who(payload.getTeamId(), event.getUser());
        if (services.desk().isDeskThread(event.getChannel(), event.getThreadTs())) {
            services.jobs().once(payload.getEventId(), () -> services.desk()
                    .threadReply(who, event.getThreadTs(), event.getTs(), event.getText()));
            return ctx.ack();
        }
        if (!"im".equals(event.getChannelType())) {
            return ctx.ack();
        }
        Place place = event.getThreadTs() == null
                ? Place.channel(event.getChannel())
                : Place.thread(event.getChannel(), event.getThreadTs());
        services.jobs().once(payload.getEventId(), () -> services.turns().text(who, place, event.getText()));
        return ctx.ack();
    }
}
