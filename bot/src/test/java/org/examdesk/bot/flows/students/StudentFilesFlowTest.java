package org.examdesk.bot.flows.students;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.flows.FlowRig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Importing students: the flow only explains, with the task's articles, to those who may do it, and hands out the
 * template. It calls no admin API, so it needs no fake; no server, no database, no model.
 */
class StudentFilesFlowTest {
    private FlowRig rig;

    private void rig(Speaker speaker) throws Exception {
        rig = new FlowRig(speaker, knowledge -> List.of(new StudentFilesFlow()));
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void an_exams_officer_is_told_how_to_import_with_the_article() throws Exception {
        rig(FlowRig.officer());

        List<Reply> replies = rig.say("import students from a csv");

        assertThat(replies.toString()).contains("Send me a CSV or Excel file of up to 600 students");
        assertThat(replies)
                .anyMatch(r -> r instanceof Reply.ArticleCard a && a.id().equals("register-students-by-import"));
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void staff_who_may_not_import_are_told_who_can() throws Exception {
        rig(FlowRig.staff("CASE_AGENT"));

        List<Reply> replies = rig.say("import students from a csv");

        assertThat(replies.toString())
                .contains("Only your centre's exams officers, exams managers and exams assistants can import students");
        assertThat(replies).noneMatch(r -> r instanceof Reply.ArticleCard);
    }

    @Test
    void nothing_is_kept_to_cancel() throws Exception {
        rig(FlowRig.officer());
        rig.say("import students from a csv");

        assertThat(rig.say("cancel").toString()).contains("we start afresh");
    }

    @Test
    void the_import_template_is_a_download_from_the_admin_api() throws Exception {
        rig(FlowRig.officer());

        List<Reply> replies = rig.say("hi, csv template for students pls");

        assertThat(replies)
                .anyMatch(r -> r instanceof Reply.Table t && StudentFilesFlow.TEMPLATE_URL.equals(t.downloadUrl()));
    }
}
