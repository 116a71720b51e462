package org.examdesk.bot.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.examdesk.bot.engine.ConversationEngine;
import org.examdesk.bot.flows.cases.OpenCaseFlow;
import org.examdesk.bot.flows.results.ResultsAccessFlow;
import org.examdesk.bot.flows.students.AccountFlow;
import org.junit.jupiter.api.Test;

class ExampleFileTest {
    private static List<Example> read(String text) {
        return ExampleFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.intents");
    }

    @Test
    void reads_intents_acts_and_skips_comments() {
        List<Example> examples =
                read("# comment\n## Reactivate\ndo: unlock sam\n\nhow: how do i unlock\n## thanks\ndo: ta\n");
        assertThat(examples)
                .containsExactly(
                        new Example("reactivate", Act.DO, "unlock sam"),
                        new Example("reactivate", Act.HOW, "how do i unlock"),
                        new Example("thanks", Act.DO, "ta"));
    }

    @Test
    void article_lines_name_the_task_articles_of_their_intent_and_are_not_examples() {
        String text = "## reactivate\narticle: reactivate-locked-account, fix-failed-activation\ndo: unlock sam\n"
                + "## thanks\ndo: ta\n";
        assertThat(read(text)).hasSize(2);
        assertThat(ExampleFile.articles(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t"))
                .isEqualTo(Map.of("reactivate", List.of("reactivate-locked-account", "fix-failed-activation")));
    }

    @Test
    void every_article_an_intents_file_names_exists() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src/main/resources"))) {
            files = walk.filter(f -> f.toString().endsWith(".intents")).toList();
        }
        assertThat(files).hasSizeGreaterThan(5);
        int named = 0;
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                for (List<String> ids :
                        ExampleFile.articles(in, file.toString()).values()) {
                    for (String id : ids) {
                        assertThat(Path.of("../articles", id + ".md"))
                                .as(file + " names " + id)
                                .isRegularFile();
                        named++;
                    }
                }
            }
        }
        assertThat(named).isGreaterThan(10);
    }

    @Test
    void a_malformed_line_names_its_file_and_line() {
        assertThatThrownBy(() -> read("## x\ndo: fine\nmaybe: not\n")).hasMessageContaining("test.intents line 3");
        assertThatThrownBy(() -> read("do: before any intent\n")).hasMessageContaining("line 1");
    }

    @Test
    void every_flow_file_in_the_product_parses_with_enough_examples_per_intent() {
        List<Example> all = new ArrayList<>(ExampleFile.resource(ConversationEngine.class, "Conversation.intents"));
        for (Class<?> flow : List.of(AccountFlow.class, OpenCaseFlow.class, ResultsAccessFlow.class)) {
            all.addAll(ExampleFile.beside(flow));
        }
        assertThat(IntentModel.counts(all).values()).allMatch(n -> n >= 30);
    }
}
