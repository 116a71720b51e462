package org.examdesk.bot.channels.slack.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.Message;
import java.util.List;
import org.examdesk.bot.channels.slack.ListenerRig;
import org.examdesk.bot.channels.slack.Place;
import org.examdesk.bot.channels.slack.Who;
import org.junit.jupiter.api.Test;

class ReplyButtonListenerTest {
    private static final String RESPONSE_URL = "https://hooks.slack.test/response/2";

    /** A press of a button with {@code value} on a message in {@code channel} (null: none), maybe in a thread. */
    static BlockActionPayload press(String channel, String threadTs, boolean ephemeral, String value) {
        BlockActionPayload.Container container = new BlockActionPayload.Container();
        container.setEphemeral(ephemeral);
        Message message = new Message();
        message.setTs("1700000000.000001");
        message.setThreadTs(threadTs);
        BlockActionPayload.Team team = new BlockActionPayload.Team();
        team.setId("T0001");
        BlockActionPayload.User user = new BlockActionPayload.User();
        user.setId("U0200");
        BlockActionPayload.Action action = new BlockActionPayload.Action();
        action.setActionId("reply");
        action.setValue(value);
        BlockActionPayload.Channel where = null;
        if (channel != null) {
            where = new BlockActionPayload.Channel();
            where.setId(channel);
        }
        return BlockActionPayload.builder()
                .team(team)
                .user(user)
                .channel(where)
                .container(container)
                .message(message)
                .responseUrl(RESPONSE_URL)
                .actions(List.of(action))
                .build();
    }

    @Test
    void a_button_on_a_channel_message_is_answered_in_the_channel() {
        assertThat(ReplyButtonListener.place(press("C0200", null, false, "v"))).isEqualTo(Place.channel("C0200"));
    }

    @Test
    void a_button_in_a_thread_is_answered_in_that_thread() {
        assertThat(ReplyButtonListener.place(press("C0200", "1699999999.000100", false, "v")))
                .isEqualTo(Place.thread("C0200", "1699999999.000100"));
    }

    @Test
    void a_button_on_an_ephemeral_message_is_answered_through_the_response_url() {
        assertThat(ReplyButtonListener.place(press("C0200", "1699999999.000100", true, "v")))
                .isEqualTo(Place.responseUrl("C0200", RESPONSE_URL));
    }

    @Test
    void a_button_with_no_channel_or_no_message_is_answered_through_the_response_url() {
        assertThat(ReplyButtonListener.place(press(null, null, false, "v")))
                .isEqualTo(Place.responseUrl(null, RESPONSE_URL));
        BlockActionPayload noMessage = press("C0200", null, false, "v");
        noMessage.setMessage(null);
        assertThat(ReplyButtonListener.place(noMessage)).isEqualTo(Place.responseUrl("C0200", RESPONSE_URL));
        BlockActionPayload noContainer = press("C0200", null, false, "v");
        noContainer.setContainer(null);
        assertThat(ReplyButtonListener.place(noContainer)).isEqualTo(Place.channel("C0200"));
    }

    @Test
    void the_value_goes_back_to_the_engine_unchanged_after_the_ack() {
        ListenerRig rig = new ListenerRig();
        ActionContext ctx = mock(ActionContext.class);
        Response ack = Response.ok();
        when(ctx.ack()).thenReturn(ack);
        BlockActionRequest request = mock(BlockActionRequest.class);
        when(request.getPayload()).thenReturn(press("C0200", "1699999999.000100", false, "confirm:abc123"));

        assertThat(new ReplyButtonListener(rig.services).apply(request, ctx)).isSameAs(ack);
        verifyNoInteractions(rig.turns);
        rig.runQueuedWork();

        verify(rig.turns)
                .action(new Who("T0001", "U0200"), Place.thread("C0200", "1699999999.000100"), "confirm:abc123");
    }
}
