package org.examdesk.bot.flows.students;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.examdesk.bot.engine.Inbound;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.flows.FlowRig;
import org.examdesk.bot.understanding.NameWords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The account flow against a fake {@link StudentAccounts}: no server, no database, no embedding model. */
class AccountFlowTest {
    private final FakeStudentAccounts accounts = new FakeStudentAccounts();
    private FlowRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = new FlowRig(new AccountFlow(NameWords.standard(), c -> accounts));
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    private List<Reply> send(Inbound inbound) {
        return rig.send(inbound);
    }

    private static String text(List<Reply> replies) {
        return replies.toString();
    }

    private static String yes(List<Reply> replies) {
        return FlowRig.yes(replies);
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
