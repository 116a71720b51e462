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
import org.examdesk.bot.understanding.NameWords;
import org.examdesk.bot.understanding.Understanding;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.KnowledgeConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The account flow against a fake {@link StudentAccounts}: no server, no database, no embedding model. */
class AccountFlowTest {
    private static KnowledgeBase knowledge;
    private final Speaker officer = new Speaker("token", new User(1, "Priya Shah", "STAFF", List.of("EXAMS_OFFICER"),
            FakeStudentAccounts.RIVERSIDE));
    /** Built but never used to send: the fake answers every call. */
    private final AdminClient.Caller caller = new AdminClient(URI.create("http://127.0.0.1:9/"), HttpClient.newHttpClient(),
            Json.mapper()).as("token", "test");

    private final FakeStudentAccounts accounts = new FakeStudentAccounts();
    private ConversationEngine engine;
    private FlowState state = FlowState.of(null);
    private final UUID conversation = UUID.randomUUID();

    @BeforeAll
    static void openKnowledge() throws Exception {
        knowledge = KnowledgeBase.open(new KnowledgeConfig(Path.of("../articles"), Map.of(), false));
    }

    @AfterAll
    static void closeKnowledge() {
        knowledge.close();
    }

    private List<Reply> send(Inbound inbound) {
        if (engine == null) {
            AccountFlow flow = new AccountFlow(NameWords.standard(), c -> accounts);
            engine = new ConversationEngine(Understanding.train(ConversationEngine.examples(List.of(flow)),
                    new HashingEmbedder(), null), List.of(flow), new Answers(knowledge));
        }
        ConversationEngine.Outcome outcome = engine.handle(conversation, officer, inbound, state, caller, caller);
        state = FlowState.of(outcome.state().toJson());
        return outcome.replies();
    }

    private static String text(List<Reply> replies) {
        return replies.toString();
    }

    private static String yes(List<Reply> replies) {
        return replies.stream().filter(r -> r instanceof Reply.Confirm)
                .map(r -> ((Reply.Confirm) r).options().get(0).value()).findFirst().orElseThrow();
    }

    @Test
    void a_name_typed_without_accents_finds_the_student_and_reactivates_after_one_confirmation() {
        List<Reply> proposal = send(Inbound.text("please reactivate zoe lukasiewicz"));
        assertThat(text(proposal)).contains("Zoë Łukasiewicz", "Reactivate the account of Zoë Łukasiewicz");
        assertThat(accounts.changes).isEmpty();

        List<Reply> done = send(Inbound.action(yes(proposal)));

        assertThat(accounts.changes).containsExactly("reactivate 7");
        assertThat(text(done)).contains("Done", "Reference: ED-");
    }

    @Test
    void a_question_naming_a_student_is_looked_up_once_and_starts_the_flow() {
        List<Reply> replies = send(Inbound.text("why is Zoë Łukasiewicz's account not working?"));

        assertThat(text(replies)).contains("Zoë Łukasiewicz", "locked");
        assertThat(accounts.matchCalls).isEqualTo(1);
    }

    @Test
    void a_typed_yes_confirms_and_a_typed_no_changes_nothing() {
        send(Inbound.text("reactivate Zoë Łukasiewicz"));
        assertThat(text(send(Inbound.text("no thanks")))).contains("changed nothing");
        assertThat(accounts.changes).isEmpty();

        send(Inbound.text("reactivate Zoë Łukasiewicz"));
        send(Inbound.text("yes go ahead"));
        assertThat(accounts.changes).containsExactly("reactivate 7");
    }

    @Test
    void the_new_address_is_read_from_the_request_and_never_taken_for_the_student() {
        List<Reply> proposal = send(Inbound.text("change the email of Ewan McDonald to ewan.new@mail.example"));
        assertThat(text(proposal)).contains("from E.8@students.example to ewan.new@mail.example");

        send(Inbound.action(yes(proposal)));

        assertThat(accounts.changes).containsExactly("email 8 ewan.new@mail.example");
    }

    @Test
    void a_typed_reason_is_mapped_to_an_allowed_one() {
        send(Inbound.text("remove mock results access for Ewan McDonald"));
        List<Reply> confirm = send(Inbound.text("they were cheating in the mocks"));
        assertThat(text(confirm)).contains("suspected misuse");

        send(Inbound.action(yes(confirm)));

        assertThat(accounts.changes).containsExactly("permissions 8 false true SUSPECTED_MISUSE");
    }
}
