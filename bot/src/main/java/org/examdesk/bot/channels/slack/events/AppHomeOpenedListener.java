package org.examdesk.bot.channels.slack.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import org.examdesk.bot.channels.slack.SlackServices;
import org.examdesk.bot.channels.slack.Who;

/** The App Home tab was opened: publish the person's view (their open cases, quick actions). */
final class AppHomeOpenedListener implements BoltEventHandler<AppHomeOpenedEvent> {
    private final SlackServices services;

    AppHomeOpenedListener(SlackServices services) {
        this.services = services;
    }

    @Override
    public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
        AppHomeOpenedEvent event = payload.getEvent();
        if (!"home".equals(event.getTab())) {
            return ctx.ack();
        }
        Who who = new Who(payload.getTeamId(), event.getUser());
        services.jobs().run(() -> services.home().publish(who));
        return ctx.ack();
    }
}
