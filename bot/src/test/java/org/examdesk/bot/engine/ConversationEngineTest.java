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
import org.examdesk.knowledge.SearchRequest;
import org.examdesk.knowledge.SearchResults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConversationEngineTest {
    private static KnowledgeBase knowledge;
    private final UUID conversation = UUID.randomUUID();
    private final Speaker officer =
            new Speaker("token", new User(1, "Priya Shah", "STAFF", List.of("EXAMS_OFFICER"), null));

    /** A flow that asks to confirm and counts what it did. */
    static final class CountingFlow implements Flow {
        enum Step {
            CONFIRM
        }

        int done;

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public boolean handles(Intent intent, Speaker speaker) {
            return intent.is("reactivate");
        }

        @Override
        public List<Example> examples() {
            return List.of(
                            "reactivate sam patel",
                            "please reactivate Amelia Smith",
                            "unlock the account of Leo Khan",
                            "can you reactivate ruby wood",
                            "reactivate this student pls",
                            "unlock Isla Brown's account",
                            "reactivate the locked account of Noah Hall",
                            "re-activate mia evans please")
                    .stream()
                    .map(t -> new Example("reactivate", Act.DO, t))
                    .toList();
        }

        @Override
        public void start(Turn turn, Intent intent) {
            turn.state().enter(name(), Step.CONFIRM);
            turn.confirm("Reactivate the student in: " + intent.text(), "go");
        }

        @Override
        public void resume(Turn turn) {
            if ("go".equals(turn.action())) {
                done++;
                turn.state().clear();
                turn.say("Done.");
            } else {
                turn.say("Still waiting for your answer.");
            }
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

    private final CountingFlow flow = new CountingFlow();
    private final ConversationEngine engine =
            new ConversationEngine(understanding(flow), List.of(flow), new Answers(knowledge));

    /** The engine's own examples and the flow's, learned over a stand-in embedding: no model in a unit test. */
    private static Understanding understanding(Flow flow) {
        return Understanding.trainForStandIn(ConversationEngine.examples(List.of(flow)), new HashingEmbedder());
    }

    private FlowState state = FlowState.of(null);

    private List<Reply> send(Inbound inbound) {
        ConversationEngine.Outcome outcome = engine.handle(conversation, officer, inbound, state, null, null);
        state = FlowState.of(outcome.state().toJson());
        return outcome.replies();
    }

    private static String confirmValue(List<Reply> replies) {
        return replies.stream()
                .filter(r -> r instanceof Reply.Confirm)
                .map(r -> ((Reply.Confirm) r).options().get(0).value())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_confirmation_is_done_once_and_its_replay_is_refused() {
        String yes = confirmValue(send(Inbound.text("reactivate Sam Patel")));

        assertThat(send(Inbound.action(yes))).extracting(Object::toString).anyMatch(s -> s.contains("Done."));
        List<Reply> replay = send(Inbound.action(yes));

        assertThat(flow.done).isEqualTo(1);
        assertThat(replay.get(0).toString()).contains("earlier step");
    }

    @Test
    void a_button_from_another_conversation_is_refused() {
        send(Inbound.text("reactivate Sam Patel"));

        List<Reply> replies = send(Inbound.action("0123456789ab:go"));

        assertThat(flow.done).isZero();
        assertThat(replies.get(0).toString()).contains("earlier step");
    }

    @Test
    void cancel_ends_the_flow_without_doing_anything() {
        send(Inbound.text("reactivate Sam Patel"));

        List<Reply> replies = send(Inbound.text("cancel"));

        assertThat(flow.done).isZero();
        assertThat(state.flow()).isNull();
        assertThat(replies.get(0).toString()).contains("nothing was changed");
    }

    @Test
    void a_confident_question_gets_one_article_card() {
        List<Reply> replies = send(Inbound.text("how do I reactivate a locked student account"));

        List<Reply> cards =
                replies.stream().filter(r -> r instanceof Reply.ArticleCard).toList();
        assertThat(cards).hasSizeBetween(1, 3);
        assertThat(((Reply.ArticleCard) cards.get(0)).id()).isEqualTo("reactivate-locked-account");
    }

    @Test
    void an_out_of_scope_question_gets_no_article() {
        List<Reply> replies = send(Inbound.text("what's the weather like in Leeds tomorrow"));

        assertThat(replies).noneMatch(r -> r instanceof Reply.ArticleCard);
        assertThat(replies.get(0).toString()).contains(Answers.NOT_SURE);
    }

    @Test
    void a_message_over_the_limit_is_refused_politely() {
        List<Reply> replies = send(Inbound.text("a".repeat(Inbound.MAX_TEXT + 1)));

        assertThat(replies.get(0).toString()).contains("too long");
    }

    @Test
    void help_shows_the_article_on_using_the_assistant_before_the_menu() {
        List<Reply> replies = send(Inbound.text("help"));

        assertThat(replies)
                .anyMatch(r -> r instanceof Reply.ArticleCard card && card.id().equals("using-the-examdesk-assistant"));
        assertThat(replies.get(replies.size() - 1)).isInstanceOf(Reply.Choices.class);
    }

    @Test
    void a_question_the_search_is_unsure_of_but_finds_related_articles_for_shows_them_as_related() {
        String question = List.of(
                        "can i upload 900 students in one go",
                        "username already taken",
                        "what are the password rules",
                        "does 2 days include weekends",
                        "claim for the whole class at once",
                        "student left and lost access to their school email")
                .stream()
                .filter(q -> {
                    SearchResults results = knowledge.search(SearchRequest.of(q, 5));
                    return results.related() && !results.confident();
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError("no question the search is unsure of"));

        List<Reply> replies = send(Inbound.text(question));

        assertThat(replies.get(0))
                .isEqualTo(new Reply.Text(
                        "I'm not sure I have an article that answers exactly that, but these look related:"));
        assertThat(replies)
                .filteredOn(r -> r instanceof Reply.ArticleCard)
                .isNotEmpty()
                .hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void a_question_with_nothing_related_gets_no_article_and_is_offered_a_person() {
        List<Reply> replies = send(Inbound.text("recipe for banana bread"));

        assertThat(replies).noneMatch(r -> r instanceof Reply.ArticleCard);
        assertThat(replies.get(0)).isEqualTo(new Reply.Text(Answers.NOT_SURE));
    }
}
