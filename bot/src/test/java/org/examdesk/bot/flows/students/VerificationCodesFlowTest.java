package org.examdesk.bot.flows.students;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.bot.engine.Inbound;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.flows.FlowRig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Exporting verification codes in the chat, against {@link FakeCodesExport}: no server, no database, no model. */
class VerificationCodesFlowTest {
    private final FakeCodesExport export = new FakeCodesExport();
    private FlowRig rig;

    private void rig(Speaker speaker) throws Exception {
        rig = new FlowRig(speaker, knowledge -> List.of(new VerificationCodesFlow(c -> export)));
    }

    @AfterEach
    void stop() {
        if (rig != null) {
            rig.close();
        }
    }

    private static List<Reply.PrivateFile> files(List<Reply> replies) {
        return replies.stream()
                .filter(r -> r instanceof Reply.PrivateFile)
                .map(r -> (Reply.PrivateFile) r)
                .toList();
    }

    @Test
    void a_named_series_is_confirmed_once_then_the_codes_come_as_a_file_for_the_person_alone() throws Exception {
        rig(FlowRig.officer());

        List<Reply> confirm = rig.say("export the verification codes for june");

        assertThat(confirm.toString())
                .contains(
                        "Export the verification codes for June 2026?",
                        "create a results account for every candidate your centre entered for June 2026 who has none",
                        "you accept responsibility for storing it");
        assertThat(export.exports)
                .as("nothing is exported before the confirmation")
                .isEmpty();

        List<Reply> done = rig.send(Inbound.action(FlowRig.yes(confirm)));

        assertThat(export.exports).containsExactly("june-2026");
        assertThat(done.toString()).contains("verification-codes-june-2026.csv holds 2 verification codes");
        assertThat(files(done)).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("verification-codes-june-2026.csv");
            assertThat(file.contentType()).isEqualTo("text/csv");
            assertThat(file.content()).startsWith(FakeCodesExport.HEADER).contains("K7P2-Q9XZ", "M4R8-T2WV");
            assertThat(file.summary()).contains("2 verification codes").doesNotContain("K7P2-Q9XZ");
        });
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void the_series_is_asked_when_none_is_named() throws Exception {
        rig(FlowRig.officer());

        assertThat(rig.say("export verification codes").toString()).contains("Which series?");
        assertThat(rig.press("June 2026").toString()).contains("Export the verification codes for June 2026?");
        assertThat(export.exports).isEmpty();
    }

    @Test
    void unused_codes_are_reissued_only_when_asked() throws Exception {
        rig(FlowRig.officer());
        rig.say("export the verification codes for june");

        List<Reply> reissuing = rig.press("Also reissue unused codes");

        assertThat(reissuing.toString()).contains("give fresh codes to those whose exported account is not activated");
        rig.send(Inbound.action(FlowRig.yes(reissuing)));
        assertThat(export.exports).containsExactly("june-2026 reissue");
    }

    @Test
    void the_admin_apis_refusal_is_said_in_words_and_nothing_is_asked() throws Exception {
        rig(FlowRig.staff("TEACHER"));
        export.refusal = new AdminApiException(403, "forbidden", "Your role does not allow this.", List.of());

        List<Reply> replies = rig.say("export the verification codes for june");

        assertThat(replies.toString())
                .contains(
                        "I could not export verification codes: Your role does not allow this.",
                        "Only your centre's exams officers, exams managers and exams assistants can export them");
        assertThat(replies).noneMatch(r -> r instanceof Reply.Confirm || r instanceof Reply.PrivateFile);
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void a_series_without_entries_is_refused_by_the_api_with_no_file() throws Exception {
        rig(FlowRig.officer());
        rig.say("export verification codes");
        List<Reply> confirm = rig.press("November 2026");

        List<Reply> refused = rig.send(Inbound.action(FlowRig.yes(confirm)));

        assertThat(refused.toString()).contains("no exam entries for the series 'november-2026'");
        assertThat(files(refused)).isEmpty();
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void when_everyone_already_has_an_account_there_is_no_file_and_a_reissue_is_suggested() throws Exception {
        rig(FlowRig.officer());
        rig.send(Inbound.action(FlowRig.yes(rig.say("export the verification codes for june"))));

        List<Reply> again = rig.send(Inbound.action(FlowRig.yes(rig.say("export the verification codes for june"))));

        assertThat(again.toString()).contains("already has a results account", "ask me to reissue the codes");
        assertThat(files(again)).isEmpty();
    }

    @Test
    void cancelling_at_the_confirmation_exports_nothing() throws Exception {
        rig(FlowRig.officer());
        rig.say("export the verification codes for june");

        assertThat(rig.press("No, cancel").toString()).contains("nothing was changed");
        assertThat(export.exports).isEmpty();
    }

    @Test
    void a_question_is_answered_with_the_article_and_the_export_offered() throws Exception {
        rig(FlowRig.officer());

        List<Reply> answer = rig.say("how do i export verification codes");

        assertThat(answer)
                .anyMatch(r -> r instanceof Reply.ArticleCard a && a.id().equals("register-students-by-export"));
        assertThat(rig.state().flow()).isNull();
        assertThat(rig.press("Export verification codes now").toString()).contains("Which series?");
    }

    @Test
    void the_series_key_is_the_series_name_in_lower_case_with_hyphens() {
        assertThat(VerificationCodesFlow.key("June 2026")).isEqualTo("june-2026");
        assertThat(VerificationCodesFlow.key(" November  2026 ")).isEqualTo("november-2026");
    }
}
