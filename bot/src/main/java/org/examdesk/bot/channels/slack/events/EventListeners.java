package org.examdesk.bot.channels.slack.events;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.FileSharedEvent;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import org.examdesk.bot.channels.slack.SlackServices;

/** The Events API listeners: mentions, DMs, files, App Home; everything else the app subscribes to is acked. */
public final class EventListeners {
    private EventListeners() {}

    public static void register(App app, SlackServices services) {
        app.event(AppMentionEvent.class, new AppMentionListener(services));
        app.event(MessageEvent.class, new DirectMessageListener(services));
        app.event(MessageFileShareEvent.class, new FileShareMessageListener(services));
        app.event(FileSharedEvent.class, new FileSharedListener(services));
        app.event(AppHomeOpenedEvent.class, new AppHomeOpenedListener(services));
        app.event(MessageBotEvent.class, (payload, ctx) -> ctx.ack());
        app.event(MessageChangedEvent.class, (payload, ctx) -> ctx.ack());
        app.event(MessageDeletedEvent.class, (payload, ctx) -> ctx.ack());
    }
}
