package org.examdesk.bot.channels.slack.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import org.examdesk.bot.channels.slack.ListenerRig;
import org.examdesk.bot.channels.slack.Place;
import org.examdesk.bot.channels.slack.Who;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppMentionListenerTest {
    private static final Who OFFICER = new Who("T0001", "U0300");

    private final ListenerRig rig = new ListenerRig();
    private final AppMentionListener listener = new AppMentionListener(rig.services);
    private final EventContext ctx = mock(EventContext.class);
    private final Response ack = Response.ok();

    @BeforeEach
    void acks() {
        when(ctx.ack()).thenReturn(ack);
        when(rig.admin.firstDelivery("Ev0300")).thenReturn(true);
    }

    private static AppMentionEvent mention(String user, String text, String ts, String threadTs) {
        AppMentionEvent event = new AppMentionEvent();
        event.setUser(user);
        event.setText(text);
        event.setChannel("C0300");
        event.setTs(ts);
        event.setThreadTs(threadTs);
        return event;
    }

    @SuppressWarnings("unchecked")
    private Response deliver(AppMentionEvent event) {
        EventsApiPayload<AppMentionEvent> payload = mock(EventsApiPayload.class);
        when(payload.getTeamId()).thenReturn(OFFICER.teamId());
        when(payload.getEventId()).thenReturn("Ev0300");
        when(payload.getEvent()).thenReturn(event);
        return listener.apply(payload, ctx);
    }

    @Test
    void a_mention_is_acked_before_its_turn_and_answered_in_a_new_thread_under_it_without_the_mention() {
        assertThat(deliver(mention("U0300", "<@UBOT>  student   locked out", "1700000300.000001", null)))
                .isSameAs(ack);
        verifyNoInteractions(rig.turns);
        rig.runQueuedWork();

        verify(rig.turns).text(OFFICER, Place.thread("C0300", "1700000300.000001"), "student locked out");
    }

    @Test
    void a_mention_inside_a_thread_is_answered_in_that_thread() {
        deliver(mention("U0300", "<@UBOT|examdesk> help", "1700000300.000009", "1700000300.000001"));
        rig.runQueuedWork();

        verify(rig.turns).text(OFFICER, Place.thread("C0300", "1700000300.000001"), "help");
    }

    @Test
    void a_second_delivery_of_the_same_event_is_acked_and_dropped() {
        when(rig.admin.firstDelivery("Ev0300")).thenReturn(false);
        deliver(mention("U0300", "<@UBOT> help", "1700000300.000001", null));
        rig.runQueuedWork();

        verify(rig.admin).firstDelivery("Ev0300");
        verifyNoInteractions(rig.turns);
    }

    @Test
    void a_bot_message_or_one_without_a_user_is_acked_and_ignored() {
        AppMentionEvent fromBot = mention("U0300", "<@UBOT> help", "1700000300.000001", null);
        fromBot.setBotId("B0001");
        assertThat(deliver(fromBot)).isSameAs(ack);
        assertThat(deliver(mention(null, "<@UBOT> help", "1700000300.000002", null)))
                .isSameAs(ack);

        assertThat(rig.runQueuedWork()).isZero();
        verifyNoInteractions(rig.turns, rig.admin);
    }
}
