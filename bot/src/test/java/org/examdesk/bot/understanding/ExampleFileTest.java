package org.examdesk.bot.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleFileTest {
    private static List<Example> read(String text) {
        return ExampleFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.intents");
    }

    @Test
    void reads_intents_acts_and_skips_comments() {
        List<Example> examples = read("# comment\n## Reactivate\ndo: unlock sam\n\nhow: how do i unlock\n## thanks\ndo: ta\n");
        assertThat(examples).containsExactly(new Example("reactivate", Act.DO, "unlock sam"),
                new Example("reactivate", Act.HOW, "how do i unlock"), new Example("thanks", Act.DO, "ta"));
    }

    @Test
    void a_malformed_line_names_its_file_and_line() {
        assertThatThrownBy(() -> read("## x\ndo: fine\nmaybe: not\n")).hasMessageContaining("test.intents line 3");
        assertThatThrownBy(() -> read("do: before any intent\n")).hasMessageContaining("line 1");
    }

    @Test
    void every_flow_file_in_the_product_parses_with_enough_examples_per_intent() {
        List<Example> all = new java.util.ArrayList<>(ExampleFile.resource(org.examdesk.bot.engine.ConversationEngine.class,
                "Conversation.intents"));
        for (Class<?> flow : List.of(org.examdesk.bot.flows.students.AccountFlow.class,
                org.examdesk.bot.flows.cases.OpenCaseFlow.class, org.examdesk.bot.flows.results.ResultsAccessFlow.class)) {
            all.addAll(ExampleFile.beside(flow));
        }
        assertThat(IntentModel.counts(all).values()).allMatch(n -> n >= 30);
    }
}
