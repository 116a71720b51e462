package org.examdesk.bot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.examdesk.admin.client.ClientModels.User;
import org.examdesk.bot.understanding.Act;
import org.examdesk.bot.understanding.Example;
import org.examdesk.bot.understanding.HashingEmbedder;
import org.examdesk.bot.understanding.Understanding;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.KnowledgeConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which help articles go with a flow just started: a flow that asks gets the cards a question would get, before its
 * question; a flow that ends at once gets them when its answer is about the task, or when the speaker is not signed
 * in; a refusal to a signed-in person gets none. No server, no model.
 */
class TaskArticlesTest {
    private static final String REQUEST = "reactivate the locked account of a student who failed activation";
    private static KnowledgeBase knowledge;

    private final Speaker officer =
            new Speaker("token", new User(1, "Priya Shah", "STAFF", List.of("EXAMS_OFFICER"), null));

    enum Ending {
        ASKS,
        ANSWERS_ABOUT_THE_TASK,
        REFUSES
    }

    /** A reactivation flow that asks, answers at once, or refuses, as told. */
    static final class ReactivateFlow implements Flow {
        enum Step {
            WHICH
        }

        private final Ending ending;

        ReactivateFlow(Ending ending) {
            this.ending = ending;
        }

        @Override
        public String name() {
            return "reactivate";
        }

        @Override
        public boolean handles(Intent intent, Speaker speaker) {
            return intent.is("reactivate");
        }

        @Override
        public List<Example> examples() {
            return List.of(
                            "reactivate sam patel",
                            "please reactivate the account of Amelia Smith",
                            "unlock the locked account of Leo Khan",
                            "can you reactivate ruby wood",
                            "reactivate this student pls",
                            "unlock Isla Brown's account",
                            "reactivate the locked account of Noah Hall",
                            "re-activate mia evans please")
                    .stream()
                    .map(t -> new Example("reactivate", Act.DO, t))
                    .toList();
        }

        /** Started by any message about it, so that these tests do not depend on the question-or-request guess. */
        @Override
        public boolean startsNow(Turn turn, Intent intent) {
            return true;
        }

        @Override
        public void start(Turn turn, Intent intent) {
            switch (ending) {
                case ASKS -> {
                    turn.state().enter(name(), Step.WHICH);
                    turn.say("Which student?");
                }
                case ANSWERS_ABOUT_THE_TASK -> {
                    turn.say("Here is how reactivating works.");
                    turn.withTaskArticles();
                }
                case REFUSES -> turn.say("Only exams officers can reactivate accounts.");
            }
        }

        @Override
        public void resume(Turn turn) {
            turn.say("Still asking.");
        }
    }

    @BeforeAll
    static void openKnowledge() throws Exception {
        knowledge = KnowledgeBase.open(new KnowledgeConfig(Path.of("../articles"), Map.of(), false));
    }

    @AfterAll
    static void closeKnowledge() {
        knowledge.close();
    }

    private static List<Reply> say(Ending ending, Speaker speaker, String text) {
        ReactivateFlow flow = new ReactivateFlow(ending);
        Understanding understanding =
                Understanding.trainForStandIn(ConversationEngine.examples(List.of(flow)), new HashingEmbedder());
        ConversationEngine engine = new ConversationEngine(understanding, List.of(flow), new Answers(knowledge));
        return engine.handle(UUID.randomUUID(), speaker, Inbound.text(text), FlowState.of(null), null, null)
                .replies();
    }

    private static List<String> cardIds(List<Reply> replies) {
        return replies.stream()
                .filter(r -> r instanceof Reply.ArticleCard)
                .map(r -> ((Reply.ArticleCard) r).id())
                .toList();
    }

    @Test
    void a_flow_that_asks_gets_the_cards_a_question_would_get_before_its_question() {
        List<Reply> replies = say(Ending.ASKS, officer, REQUEST);

        assertThat(cardIds(replies)).contains("reactivate-locked-account").hasSizeBetween(2, 3);
        assertThat(replies.get(replies.size() - 1)).isEqualTo(new Reply.Text("Which student?"));
    }

    @Test
    void a_flow_whose_answer_is_about_the_task_gets_the_cards_after_its_answer() {
        List<Reply> replies = say(Ending.ANSWERS_ABOUT_THE_TASK, officer, REQUEST);

        assertThat(replies.get(0)).isEqualTo(new Reply.Text("Here is how reactivating works."));
        assertThat(cardIds(replies)).contains("reactivate-locked-account");
        assertThat(replies.get(replies.size() - 1)).isInstanceOf(Reply.ArticleCard.class);
    }

    @Test
    void a_refusal_to_a_signed_in_person_gets_no_article() {
        List<Reply> replies = say(Ending.REFUSES, officer, REQUEST);

        assertThat(replies).containsExactly(new Reply.Text("Only exams officers can reactivate accounts."));
    }

    @Test
    void a_visitor_who_is_not_signed_in_gets_the_articles_after_the_answer() {
        List<Reply> replies = say(Ending.REFUSES, Speaker.anonymous(), REQUEST);

        assertThat(replies.get(0)).isEqualTo(new Reply.Text("Only exams officers can reactivate accounts."));
        assertThat(cardIds(replies)).contains("reactivate-locked-account");
    }
}
