package org.examdesk.bot.flows.students;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.examdesk.bot.engine.Inbound;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.flows.FlowRig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reactivating every locked student, against {@link FakeStudentAccounts}: no server, no database, no model. */
class BulkReactivateFlowTest {
    private final FakeStudentAccounts accounts = new FakeStudentAccounts();
    private FlowRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = new FlowRig(new BulkReactivateFlow(c -> accounts));
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void every_locked_student_is_listed_confirmed_once_and_reactivated() {
        List<Reply> proposal = rig.send(Inbound.text("reactivate all the locked students please"));
        assertThat(proposal.toString())
                .contains("1 locked student", "Zoë Łukasiewicz")
                .doesNotContain("Ewan");
        assertThat(accounts.changes).isEmpty();

        rig.send(Inbound.action(FlowRig.yes(proposal)));

        assertThat(accounts.changes).containsExactly("reactivate 7");
    }
}
