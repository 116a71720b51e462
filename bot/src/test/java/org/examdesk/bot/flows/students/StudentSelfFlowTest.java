package org.examdesk.bot.flows.students;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.flows.FlowRig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A student's own account, with the identity check, against {@link FakeOwnAccount}: no server, no database. */
class StudentSelfFlowTest {
    private final FakeOwnAccount account = new FakeOwnAccount();
    private FlowRig rig;

    private void rig(Speaker speaker) throws Exception {
        rig = new FlowRig(speaker, knowledge -> List.of(new StudentSelfFlow(c -> account)));
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void a_visitor_who_passes_the_check_sees_their_account_and_gets_the_email_again() throws Exception {
        rig(Speaker.anonymous());
        assertThat(rig.say("i can't log in to my results account, can you help").toString())
                .contains("which email address did your school register for you?");
        rig.say(FakeOwnAccount.EMAIL);
        rig.say("14/03/2010");
        List<Reply> shown = rig.say("4012 3260 0007x");

        assertThat(shown).anyMatch(r -> r instanceof Reply.SignedIn);
        assertThat(shown.toString()).contains("Your account status is Not Activated", "Shall I send it again?");
        assertThat(account.calls).containsExactly("check zoe.l@students.example 2010-03-14 401232600007X");

        assertThat(rig.press("Yes, send it again").toString()).contains("Done: the email is on its way");
        assertThat(account.calls).endsWith("resend");
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void details_that_do_not_match_show_nothing() throws Exception {
        rig(Speaker.anonymous());
        rig.say("i can't log in to my results account, can you help");
        assertThat(rig.say("not an address").toString()).contains("doesn't look like an email address");
        rig.say(FakeOwnAccount.EMAIL);
        assertThat(rig.say("the fourteenth").toString()).contains("couldn't read that date");
        rig.say("15/03/2010");

        List<Reply> refused = rig.say(FakeOwnAccount.UCI);

        assertThat(refused.toString()).contains("Those details don't match an account I can show you");
        assertThat(refused).noneMatch(r -> r instanceof Reply.SignedIn);
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void a_signed_in_student_sees_their_account_at_once() throws Exception {
        rig(FlowRig.student());
        account.status = "LOCKED";

        assertThat(rig.say("my account's locked").toString())
                .contains("Your account status is Locked", "Your exams officer has to reactivate your account");
        assertThat(account.calls).isEmpty();
    }

    @Test
    void the_date_of_birth_and_the_uci_are_marked_as_answers_to_keep_masked_and_nothing_else_is() throws Exception {
        rig(Speaker.anonymous());
        rig.say("i can't log in to my results account, can you help");
        boolean emailSecret = secretAnswerAwaited();
        rig.say(FakeOwnAccount.EMAIL);
        boolean dobSecret = secretAnswerAwaited();
        rig.say("14/03/2010");
        boolean uciSecret = secretAnswerAwaited();
        rig.say("4012 3260 0007x");

        assertThat(emailSecret)
                .as("the email is asked first, and is not secret")
                .isFalse();
        assertThat(dobSecret).isTrue();
        assertThat(uciSecret).isTrue();
        assertThat(secretAnswerAwaited()).as("after the check").isFalse();
    }

    private boolean secretAnswerAwaited() {
        return rig.state().toJson().path("secretAnswer").asBoolean(false);
    }

    @Test
    void cancel_during_the_check_checks_nothing() throws Exception {
        rig(Speaker.anonymous());
        rig.say("i can't log in to my results account, can you help");
        rig.say(FakeOwnAccount.EMAIL);

        assertThat(rig.say("cancel").toString()).contains("nothing was changed");
        assertThat(account.calls).isEmpty();
        assertThat(rig.state().flow()).isNull();
    }
}
