package org.examdesk.bot.channels.slack.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.examdesk.bot.channels.slack.ListenerRig;
import org.examdesk.bot.channels.slack.Who;
import org.junit.jupiter.api.Test;

class ClaimButtonListenerTest {

    @Test
    void claim_is_acked_at_once_and_the_case_is_claimed_as_the_clicking_agent_behind_it() {
        ListenerRig rig = new ListenerRig();
        ActionContext ctx = mock(ActionContext.class);
        Response ack = Response.ok();
        when(ctx.ack()).thenReturn(ack);
        BlockActionRequest request = mock(BlockActionRequest.class);
        when(request.getPayload()).thenReturn(ReplyButtonListenerTest.press("C0DESK", null, false, "12345678"));

        assertThat(new ClaimButtonListener(rig.services).apply(request, ctx)).isSameAs(ack);
        verifyNoInteractions(rig.desk);
        assertThat(rig.runQueuedWork()).isEqualTo(1);

        verify(rig.desk).claim(new Who("T0001", "U0200"), "12345678");
    }
}
