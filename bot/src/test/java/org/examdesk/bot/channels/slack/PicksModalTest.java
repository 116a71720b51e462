package org.examdesk.bot.channels.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.MultiStaticSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.examdesk.bot.engine.Reply;
import org.junit.jupiter.api.Test;

/** A list to tick as Slack carries it: in the button's value, the modal, and back from its submission. */
class PicksModalTest {
    private static Reply.Picks picks(int count, String labelTail) {
        return new Reply.Picks(
                "Tick who should have results access for June 2026",
                "candidates",
                IntStream.range(0, count)
                        .mapToObj(i -> new Reply.Option("Candidate " + i + labelTail, String.valueOf(1000 + i)))
                        .toList(),
                List.of("1000"),
                new Reply.Option("Continue", "n0nce:picked"));
    }

    @Test
    void the_modal_offers_every_option_with_the_ticked_ones_chosen_and_keeps_where_to_answer() {
        View view = PicksModal.view(PicksModal.value(picks(3, "")), Place.thread("C1", "1700.1"));

        MultiStaticSelectElement select =
                (MultiStaticSelectElement) ((InputBlock) view.getBlocks().get(0)).getElement();
        assertThat(view.getCallbackId()).isEqualTo(PicksModal.CALLBACK);
        assertThat(select.getOptions()).extracting(OptionObject::getValue).containsExactly("1000", "1001", "1002");
        assertThat(select.getInitialOptions())
                .extracting(OptionObject::getValue)
                .containsExactly("1000");
        PicksModal.Carried back = PicksModal.submitted(view.getPrivateMetadata(), chosen("1001", "1002"));
        assertThat(back.place()).isEqualTo(Place.thread("C1", "1700.1"));
        assertThat(back.submit()).isEqualTo("n0nce:picked");
        assertThat(PicksModal.values(back)).isEqualTo(Map.of("candidates", "1001\n1002"));
    }

    @Test
    void twenty_long_labels_are_shortened_to_fit_slack_s_button_value() {
        String value = PicksModal.value(picks(Reply.Picks.MAX_OPTIONS, " " + "Łukasiewicz-Wiśniewska ".repeat(5)));

        assertThat(value.length()).isLessThanOrEqualTo(2000);
        assertThat(PicksModal.view(value, Place.channel("D1")).getBlocks()).hasSize(1);
    }

    @Test
    void a_modal_submitted_with_nothing_chosen_sends_an_empty_list() {
        View view = PicksModal.view(PicksModal.value(picks(2, "")), Place.channel("D1"));

        assertThat(PicksModal.values(PicksModal.submitted(view.getPrivateMetadata(), new ViewState())))
                .isEqualTo(Map.of("candidates", ""));
    }

    private static ViewState chosen(String... values) {
        ViewState.Value value = new ViewState.Value();
        value.setType("multi_static_select");
        value.setSelectedOptions(List.of(values).stream()
                .map(v -> {
                    ViewState.SelectedOption o = new ViewState.SelectedOption();
                    o.setValue(v);
                    return o;
                })
                .toList());
        ViewState state = new ViewState();
        state.setValues(Map.of("picks", Map.of("picks", value)));
        return state;
    }
}
