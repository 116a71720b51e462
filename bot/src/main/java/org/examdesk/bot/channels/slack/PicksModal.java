package org.examdesk.bot.channels.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.multiStaticSelect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.examdesk.bot.engine.Reply;

/**
 * A list to tick ({@link Reply.Picks}) in Slack: the message shows the prompt and a button ({@link #OPEN}) whose
 * value carries the list; pressing it opens a modal with a multi-select of the options, those ticked already
 * chosen; submitting it ({@link #CALLBACK}) sends the chosen values to the engine with the list's own
 * (nonce-guarded) submit value, answered where the button was. The button's value and the modal's private metadata
 * stay under Slack's limits (2,000 and 3,000 characters) by shortening labels when needed.
 */
public final class PicksModal {
    public static final String OPEN = "examdesk_picks_open";
    public static final String CALLBACK = "examdesk_picks";
    static final String FIELD = "picks";
    private static final int MAX_VALUE = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the button carries: the list, and (in the modal) where to answer. */
    public record Carried(
            String prompt,
            String field,
            String submitLabel,
            String submit,
            List<List<String>> options,
            List<String> ticked,
            Place place) {}

    private PicksModal() {}

    /** The button's value for {@code picks}: the list, labels shortened until it fits. */
    static String value(Reply.Picks picks) {
        for (int longest : List.of(75, 40, 20)) {
            String value = write(new Carried(
                    cut(picks.prompt(), 150),
                    picks.field(),
                    picks.submit().label(),
                    picks.submit().value(),
                    picks.options().stream()
                            .map(o -> List.of(o.value(), cut(o.label(), longest)))
                            .toList(),
                    picks.ticked(),
                    null));
            if (value.length() <= MAX_VALUE) {
                return value;
            }
        }
        throw new IllegalArgumentException("a list of " + picks.options().size() + " options is too long for Slack");
    }

    /** The modal for a pressed button, answering at {@code place}; null when the value is not a list. */
    public static View view(String value, Place place) {
        Carried c = read(value);
        List<OptionObject> options = c.options().stream()
                .map(o -> option(plainText(BlockKit.label(o.get(1))), o.get(0)))
                .toList();
        List<OptionObject> initial =
                options.stream().filter(o -> c.ticked().contains(o.getValue())).toList();
        Carried kept = new Carried(null, c.field(), null, c.submit(), List.of(), List.of(), place);
        return View.builder()
                .type("modal")
                .callbackId(CALLBACK)
                .privateMetadata(write(kept))
                .title(ViewTitle.builder().type("plain_text").text("Choose").build())
                .submit(ViewSubmit.builder()
                        .type("plain_text")
                        .text(cut(c.submitLabel(), 24))
                        .build())
                .close(ViewClose.builder().type("plain_text").text("Cancel").build())
                .blocks(List.of(input(i -> i.blockId(FIELD)
                        .optional(true)
                        .label(plainText(cut(c.prompt(), 150)))
                        .element(multiStaticSelect(s -> s.actionId(FIELD)
                                .placeholder(plainText("Choose"))
                                .options(options)
                                .initialOptions(initial.isEmpty() ? null : initial))))))
                .build();
    }

    /** A submitted modal: where to answer, the submit value, and the chosen values by the list's field. */
    public static Carried submitted(String privateMetadata, ViewState state) {
        Carried kept = read(privateMetadata);
        Map<String, ViewState.Value> block = state == null || state.getValues() == null
                ? null
                : state.getValues().get(FIELD);
        ViewState.Value chosen = block == null ? null : block.get(FIELD);
        List<String> values = chosen == null || chosen.getSelectedOptions() == null
                ? List.of()
                : chosen.getSelectedOptions().stream()
                        .map(ViewState.SelectedOption::getValue)
                        .filter(Objects::nonNull)
                        .toList();
        return new Carried(null, kept.field(), null, kept.submit(), List.of(), values, kept.place());
    }

    /** The chosen values as the engine takes them: one a line, under the list's field. */
    public static Map<String, String> values(Carried submitted) {
        return Map.of(submitted.field(), String.join("\n", submitted.ticked()));
    }

    private static String cut(String text, int longest) {
        return text.length() <= longest ? text : text.substring(0, longest - 1) + "…";
    }

    private static String write(Carried c) {
        try {
            return JSON.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Carried read(String value) {
        try {
            return JSON.readValue(value, Carried.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a list to tick", e);
        }
    }
}
