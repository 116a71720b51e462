package org.examdesk.bot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowStateTest {
    enum Step {
        ASK_EMAIL,
        CONFIRM
    }

    enum Colour {
        RED,
        GREEN
    }

    record Gathered(String name, LocalDate born, Colour colour, List<String> seen, boolean sure, Integer days) {}

    private static FlowState stored(String json) throws Exception {
        return FlowState.of(new ObjectMapper().readTree(json));
    }

    /** The state as the database gives it back: its JSON, read again. */
    private static FlowState restored(FlowState state) throws Exception {
        return stored(new ObjectMapper().writeValueAsString(state.toJson()));
    }

    @Test
    void a_record_written_is_read_back_from_its_stored_json() throws Exception {
        FlowState state = FlowState.of(null);
        state.enter("sample", Step.ASK_EMAIL);
        Gathered gathered = new Gathered("Zoë", LocalDate.of(2010, 3, 14), Colour.GREEN, List.of("a", "b"), true, 3);
        state.write(gathered);

        FlowState again = restored(state);

        assertThat(again.read(Gathered.class)).isEqualTo(gathered);
        assertThat(again.flow()).isEqualTo("sample");
        assertThat(again.step(Step.class)).isEqualTo(Step.ASK_EMAIL);
        assertThat(again.at(Step.ASK_EMAIL)).isTrue();
        assertThat(again.at(Step.CONFIRM)).isFalse();
    }

    @Test
    void the_stored_json_reads_plainly_without_absent_values() {
        FlowState state = FlowState.of(null);
        state.enter("sample", Step.ASK_EMAIL);
        state.write(new Gathered("Zoë", LocalDate.of(2010, 3, 14), null, null, false, null));

        JsonNode json = state.toJson();

        assertThat(json.path("step").asText()).isEqualTo("ask_email");
        assertThat(json.path("data").path("born").asText()).isEqualTo("2010-03-14");
        assertThat(json.path("data").has("colour")).isFalse();
        assertThat(json.path("data").has("days")).isFalse();
    }

    @Test
    void nothing_stored_reads_as_a_record_with_every_field_absent() {
        Gathered nothing = FlowState.of(null).read(Gathered.class);

        assertThat(nothing).isEqualTo(new Gathered(null, null, null, null, false, null));
        assertThat(FlowState.of(null).step(Step.class)).isNull();
    }

    @Test
    void what_earlier_versions_stored_still_reads() throws Exception {
        FlowState state = stored("{\"flow\":\"sample\",\"step\":\"askEmail\",\"data\":{\"colour\":\"green\","
                + "\"born\":\"2010-03-14\",\"unknown\":1}}");

        assertThat(state.step(Step.class)).isEqualTo(Step.ASK_EMAIL);
        assertThat(state.at(Step.ASK_EMAIL)).isTrue();
        assertThat(state.read(Gathered.class).colour()).isEqualTo(Colour.GREEN);
        assertThat(state.read(Gathered.class).born()).isEqualTo(LocalDate.of(2010, 3, 14));
    }

    @Test
    void the_engine_notes_an_earlier_version_kept_among_the_data_are_still_read() throws Exception {
        FlowState state = stored("{\"data\":{\"offerText\":\"how do I reactivate a student\"}}");

        assertThat(state.notes().offerText()).isEqualTo("how do I reactivate a student");
        assertThat(state.toJson().path("data").has("offerText")).isFalse();
    }

    @Test
    void a_step_that_is_not_one_of_the_flows_reads_as_none() throws Exception {
        assertThat(stored("{\"flow\":\"sample\",\"step\":\"gone\"}").step(Step.class))
                .isNull();
    }

    @Test
    void the_engine_notes_stay_beside_the_flows_record_and_end_with_it() throws Exception {
        FlowState state = FlowState.of(null);
        state.enter("sample", Step.CONFIRM);
        state.notes(FlowState.Notes.NONE.withPendingText("reactivate Zoë"));
        state.write(new Gathered("x", null, null, null, false, null));
        String nonce = state.rotateNonce();

        FlowState again = restored(state);
        assertThat(again.notes().pendingText()).isEqualTo("reactivate Zoë");

        again.clear();
        assertThat(again.flow()).isNull();
        assertThat(again.notes()).isEqualTo(FlowState.Notes.NONE);
        assertThat(again.read(Gathered.class).name()).isNull();
        assertThat(again.nonce()).isEqualTo(nonce);
    }
}
