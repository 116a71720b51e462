package org.examdesk.bot.channels.slack.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.util.HashMap;
import java.util.Map;
import org.examdesk.bot.channels.slack.ListenerRig;
import org.examdesk.bot.channels.slack.Modals;
import org.examdesk.bot.channels.slack.Place;
import org.examdesk.bot.channels.slack.Who;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangeEmailSubmissionListenerTest {
    private static final Who OFFICER = new Who("T0001", "U0400");

    private final ListenerRig rig = new ListenerRig();
    private final ChangeEmailSubmissionListener listener = new ChangeEmailSubmissionListener(rig.services);
    private final ViewSubmissionContext ctx = mock(ViewSubmissionContext.class);
    private final Response ack = Response.ok();
    private final Response refused = Response.builder()
            .statusCode(200)
            .body("{\"response_action\":\"errors\"}")
            .build();

    @BeforeEach
    void acks() {
        when(ctx.ack()).thenReturn(ack);
        when(rig.web.openDm("U0400")).thenReturn("D0400");
    }

    /** A submitted form with these field values (null: the field left out). */
    private Response submit(String student, String email) {
        Map<String, Map<String, ViewState.Value>> values = new HashMap<>();
        if (student != null) {
            values.put(Modals.STUDENT, Map.of(Modals.STUDENT, typed(student)));
        }
        if (email != null) {
            values.put(Modals.EMAIL, Map.of(Modals.EMAIL, typed(email)));
        }
        ViewSubmissionPayload payload = new ViewSubmissionPayload();
        ViewSubmissionPayload.Team team = new ViewSubmissionPayload.Team();
        team.setId(OFFICER.teamId());
        ViewSubmissionPayload.User user = new ViewSubmissionPayload.User();
        user.setId(OFFICER.userId());
        payload.setTeam(team);
        payload.setUser(user);
        payload.setView(View.builder()
                .callbackId(Modals.CHANGE_EMAIL)
                .state(new ViewState(values))
                .build());
        ViewSubmissionRequest request = mock(ViewSubmissionRequest.class);
        when(request.getPayload()).thenReturn(payload);
        return listener.apply(request, ctx);
    }

    private static ViewState.Value typed(String text) {
        ViewState.Value value = new ViewState.Value();
        value.setType("plain_text_input");
        value.setValue(text);
        return value;
    }

    @Test
    void a_valid_form_is_acked_then_sent_to_the_engine_in_the_persons_dm() {
        assertThat(submit(" Sam Patel ", " sam.patel@pupils.example ")).isSameAs(ack);
        verifyNoInteractions(rig.turns);
        rig.runQueuedWork();

        verify(rig.turns)
                .text(OFFICER, Place.channel("D0400"), "change the email of Sam Patel to sam.patel@pupils.example");
    }

    @Test
    void no_student_is_shown_on_the_student_field_and_nothing_runs() {
        when(ctx.ackWithErrors(Map.of(Modals.STUDENT, "Name the student, or give their UCI.")))
                .thenReturn(refused);
        assertThat(submit("  ", "sam@pupils.example")).isSameAs(refused);
        assertThat(submit(null, "sam@pupils.example")).isSameAs(refused);
        assertThat(rig.runQueuedWork()).isZero();
    }

    @Test
    void an_address_that_is_not_one_is_shown_on_the_email_field_and_nothing_runs() {
        when(ctx.ackWithErrors(Map.of(Modals.EMAIL, "That does not look like an email address.")))
                .thenReturn(refused);
        for (String wrong : new String[] {"sam", "sam@pupils", "sam patel@pupils.example", ""}) {
            assertThat(submit("Sam Patel", wrong)).as(wrong).isSameAs(refused);
        }
        assertThat(submit("Sam Patel", null)).isSameAs(refused);
        assertThat(rig.runQueuedWork()).isZero();
        verifyNoInteractions(rig.web);
    }
}
