package org.examdesk.bot.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The classifier on a small made-up set, over the stand-in embedding: it learns, and refuses what it never saw. */
class IntentModelTest {
    private final HashingEmbedder embedder = new HashingEmbedder();

    private static List<Example> examples() {
        List<Example> all = new ArrayList<>();
        for (String n : List.of("sam", "zoe", "amir", "ruby", "leo", "isla", "noah", "mia", "kai", "ava")) {
            all.add(new Example("reactivate", Act.DO, "reactivate " + n + " please"));
            all.add(new Example("reactivate", Act.HOW, "how do i unlock an account like " + n + "'s"));
            all.add(new Example("open_case", Act.DO, "open a case about " + n));
            all.add(new Example("open_case", Act.HOW, "how do i raise a ticket for " + n));
            all.add(new Example("none", Act.HOW, "what is the weather like for " + n));
            all.add(new Example("none", Act.DO, "tell me a joke about " + n));
        }
        return all;
    }

    @Test
    void learns_intent_and_act_from_examples_and_keeps_the_runners_up() {
        IntentModel model = IntentModel.train(examples(), embedder::passage);

        Prediction request = model.predict("reactivate tom please", embedder.passage("reactivate tom please"));
        Prediction question = model.predict("how do i raise a ticket", embedder.passage("how do i raise a ticket"));

        assertThat(request.intent()).isEqualTo("reactivate");
        assertThat(request.act()).isEqualTo(Act.DO);
        assertThat(question.intent()).isEqualTo("open_case");
        assertThat(question.act()).isEqualTo(Act.HOW);
        assertThat(request.ranked()).hasSize(3);
        assertThat(request.ranked().get(0).probability())
                .isGreaterThanOrEqualTo(request.ranked().get(1).probability());
    }

    @Test
    void the_threshold_is_calibrated_within_the_probability_range() {
        IntentModel model = IntentModel.train(examples(), embedder::passage);

        assertThat(model.threshold()).isBetween(0.0, 0.95);
        assertThat(model.predict("tell me a joke", embedder.passage("tell me a joke"))
                        .isNone())
                .isTrue();
    }

    @Test
    void a_saved_model_predicts_as_the_trained_one() throws Exception {
        IntentModel model = IntentModel.train(examples(), embedder::passage);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(new DataOutputStream(bytes));
        IntentModel read = IntentModel.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        String text = "open a case about the letters";
        assertThat(read.predict(text, embedder.passage(text))).isEqualTo(model.predict(text, embedder.passage(text)));
        assertThat(read.threshold()).isEqualTo(model.threshold());
    }
}
