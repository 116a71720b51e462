package org.examdesk.bot.flows.students;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.ClientModels.Centre;
import org.examdesk.admin.client.ClientModels.User;
import org.examdesk.admin.client.StudentModels.Changed;
import org.examdesk.admin.client.StudentModels.Diagnosis;
import org.examdesk.admin.client.StudentModels.Failures;
import org.examdesk.admin.client.StudentModels.Fix;
import org.examdesk.admin.client.StudentModels.NameMatch;
import org.examdesk.admin.client.StudentModels.NameMatches;
import org.examdesk.admin.client.StudentModels.Permissions;
import org.examdesk.admin.client.StudentModels.Student;
import org.examdesk.admin.client.StudentModels.StudentDetail;
import org.examdesk.admin.client.StudentModels.StudentPage;
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
    private static final Centre RIVERSIDE = new Centre(1, "40123", "Riverside Academy");
    private final Speaker officer = new Speaker("token", new User(1, "Priya Shah", "STAFF", List.of("EXAMS_OFFICER"),
            RIVERSIDE));
    /** Built but never used to send: the fake answers every call. */
    private final AdminClient.Caller caller = new AdminClient(URI.create("http://127.0.0.1:9/"), HttpClient.newHttpClient(),
            Json.mapper()).as("token", "test");

    /** Two students; name matching by forename or surname, as the admin API would; changes recorded. */
    static final class FakeAccounts implements StudentAccounts {
        final List<Student> students = new ArrayList<>(List.of(
                student(7, "Zoë", "Łukasiewicz", "LOCKED"), student(8, "Ewan", "McDonald", "ACTIVE")));
        final List<String> changes = new ArrayList<>();
        int matchCalls;

        static Student student(long id, String forename, String surname, String status) {
            return new Student(id, RIVERSIDE, forename, surname, "40123260000" + id + "X", forename.charAt(0) + "."
                    + id + "@students.example", LocalDate.of(2010, 1, 1), 11, status, new Permissions(true, true),
                    new Failures(0, 3, 3), Instant.parse("2026-09-01T09:00:00Z"), "import");
        }

        private static String fold(String s) {
            return java.text.Normalizer.normalize(s.toLowerCase().replace('ł', 'l'), java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
        }

        @Override
        public StudentPage search(Map<String, String> filters) {
            List<Student> found = students.stream().filter(s -> s.email().equals(filters.get("email"))
                    || s.uci().equals(filters.get("uci"))).toList();
            return new StudentPage(found, found.size());
        }

        @Override
        public NameMatches match(String words) {
            matchCalls++;
            List<String> typed = List.of(fold(words).split(" "));
            List<NameMatch> items = students.stream()
                    .filter(s -> typed.contains(fold(s.forename())) || typed.contains(fold(s.surname())))
                    .map(s -> new NameMatch(s, "FULL_NAME", true, typed)).toList();
            return new NameMatches(items, List.of());
        }

        @Override
        public StudentDetail get(long id) {
            Student s = students.stream().filter(x -> x.id() == id).findFirst().orElseThrow();
            boolean locked = s.status().equals("LOCKED");
            return new StudentDetail(s, new Diagnosis(s.status(), locked ? "The account is locked." : "It is active.",
                    List.of(), locked ? List.of(new Fix("REACTIVATE", "Reactivate", "POST", "/x")) : List.of(),
                    List.of()));
        }

        @Override
        public Changed reactivate(long id) {
            changes.add("reactivate " + id);
            return new Changed(get(id).student(), "reactivated", null);
        }

        @Override
        public Changed changeEmail(long id, String email) {
            changes.add("email " + id + " " + email);
            return new Changed(get(id).student(), "changed", null);
        }

        @Override
        public Changed setPermissions(long id, boolean mock, boolean highStakes, String reason) {
            changes.add("permissions " + id + " " + mock + " " + highStakes + " " + reason);
            return new Changed(get(id).student(), "changed", null);
        }
    }

    private final FakeAccounts accounts = new FakeAccounts();
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
