package org.examdesk.bot.channels.slack.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import org.examdesk.bot.channels.slack.ListenerRig;
import org.examdesk.bot.channels.slack.Place;
import org.examdesk.bot.channels.slack.Who;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExamdeskCommandListenerTest {
    private static final Who OFFICER = new Who("T0001", "U0100");
    private static final Place PRIVATELY = Place.responseUrl("C0100", "https://hooks.slack.test/response/1");

    private final ListenerRig rig = new ListenerRig();
    private final ExamdeskCommandListener listener = new ExamdeskCommandListener(rig.services);
    private final SlashCommandContext ctx = mock(SlashCommandContext.class);
    private final Response ack = Response.ok();

    @BeforeEach
    void acks() {
        when(ctx.ack()).thenReturn(ack);
    }

    private Response command(String text) {
        SlashCommandPayload payload = new SlashCommandPayload();
        payload.setTeamId(OFFICER.teamId());
        payload.setUserId(OFFICER.userId());
        payload.setChannelId("C0100");
        payload.setResponseUrl("https://hooks.slack.test/response/1");
        payload.setTriggerId("1.2.3");
        payload.setCommand("/examdesk");
        payload.setText(text);
        SlashCommandRequest request = mock(SlashCommandRequest.class);
        when(request.getPayload()).thenReturn(payload);
        return listener.apply(request, ctx);
    }

    @Test
    void a_command_is_acked_before_its_turn_runs_and_is_answered_through_the_response_url() {
        assertThat(command("reactivate Sam Patel")).isSameAs(ack);
        verifyNoInteractions(rig.turns);

        assertThat(rig.runQueuedWork()).isEqualTo(1);
        verify(rig.turns).text(OFFICER, PRIVATELY, "reactivate Sam Patel");
    }

    @Test
    void an_empty_command_asks_for_help() {
        command("  ");
        rig.runQueuedWork();
        verify(rig.turns).text(OFFICER, PRIVATELY, "help");
    }

    @Test
    void no_text_at_all_asks_for_help_too() {
        command(null);
        rig.runQueuedWork();
        verify(rig.turns).text(OFFICER, PRIVATELY, "help");
    }

    @Test
    void new_case_in_any_wording_opens_the_form_with_the_trigger_instead_of_a_turn() {
        for (String text : new String[] {"new case", "Open a case", " OPEN CASE "}) {
            command(text);
        }
        assertThat(rig.runQueuedWork()).isEqualTo(3);
        verify(rig.forms, times(3)).open(OFFICER, "1.2.3", PRIVATELY);
        verify(rig.turns, never()).text(any(), any(), any());
    }

    @Test
    void a_sentence_that_only_mentions_a_new_case_is_a_turn() {
        command("is there a new case for me");
        rig.runQueuedWork();
        verify(rig.turns).text(OFFICER, PRIVATELY, "is there a new case for me");
        verifyNoInteractions(rig.forms);
    }
}
