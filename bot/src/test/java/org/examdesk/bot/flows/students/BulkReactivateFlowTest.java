package org.examdesk.bot.flows.students;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.ClientModels.User;
import org.examdesk.admin.web.Json;
import org.examdesk.bot.engine.Answers;
import org.examdesk.bot.engine.ConversationEngine;
import org.examdesk.bot.engine.FlowState;
import org.examdesk.bot.engine.Inbound;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.understanding.HashingEmbedder;
import org.examdesk.bot.understanding.Understanding;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.KnowledgeConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reactivating every locked student, against {@link FakeStudentAccounts}: no server, no database, no model. */
class BulkReactivateFlowTest {
    private static KnowledgeBase knowledge;
    private final Speaker officer = new Speaker("token", new User(1, "Priya Shah", "STAFF", List.of("EXAMS_OFFICER"),
            FakeStudentAccounts.RIVERSIDE));
    /** Built but never used to send: the fake answers every call. */
    private final AdminClient.Caller caller = new AdminClient(URI.create("http://127.0.0.1:9/"), HttpClient.newHttpClient(),
            Json.mapper()).as("token", "test");
    private final FakeStudentAccounts accounts = new FakeStudentAccounts();
    private final BulkReactivateFlow flow = new BulkReactivateFlow(c -> accounts);
    private final ConversationEngine engine = new ConversationEngine(Understanding.train(
            ConversationEngine.examples(List.of(flow)), new HashingEmbedder(), null), List.of(flow),
            new Answers(knowledge));
    private FlowState state = FlowState.of(null);

    @BeforeAll
    static void openKnowledge() throws Exception {
        knowledge = KnowledgeBase.open(new KnowledgeConfig(Path.of("../articles"), Map.of(), false));
    }

    @AfterAll
    static void closeKnowledge() {
        knowledge.close();
    }

    private List<Reply> send(Inbound inbound) {
        ConversationEngine.Outcome outcome = engine.handle(UUID.randomUUID(), officer, inbound, state, caller, caller);
        state = FlowState.of(outcome.state().toJson());
        return outcome.replies();
    }

    @Test
    void every_locked_student_is_listed_confirmed_once_and_reactivated() {
        List<Reply> proposal = send(Inbound.text("reactivate all the locked students please"));
        assertThat(proposal.toString()).contains("1 locked student", "Zoë Łukasiewicz").doesNotContain("Ewan");
        assertThat(accounts.changes).isEmpty();

        String yes = proposal.stream().filter(r -> r instanceof Reply.Confirm)
                .map(r -> ((Reply.Confirm) r).options().get(0).value()).findFirst().orElseThrow();
        send(Inbound.action(yes));

        assertThat(accounts.changes).containsExactly("reactivate 7");
    }
}
