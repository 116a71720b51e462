package org.examdesk.bot.flows.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.examdesk.admin.client.CaseModels.Activity;
import org.examdesk.admin.client.CaseModels.Attachment;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.SharedFile;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.flows.FlowRig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "My cases" and "case 12345678", against {@link FakeSupportCases}: no server, no database, no model. */
class CaseTrackingFlowTest {
    private final FakeSupportCases cases = new FakeSupportCases();
    private FlowRig rig;

    private FlowRig rig(Speaker speaker) throws Exception {
        rig = new FlowRig(speaker, knowledge -> List.of(new CaseTrackingFlow(OpenCaseFlowTest.CLOSED, c -> cases)));
        return rig;
    }

    @AfterEach
    void stop() {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    void a_case_is_shown_and_a_comment_is_added_to_it() throws Exception {
        rig(FlowRig.officer());
        assertThat(rig.say("whats the status of case " + FakeSupportCases.EXISTING)
                        .toString())
                .contains("Case 30018842: Locked out. Status: in progress", "We are looking at it");

        rig.press("Add a comment");
        assertThat(rig.say("The student tried again today").toString()).contains("Added to case 30018842");

        assertThat(cases.comments).containsExactly("30018842: The student tried again today");
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void my_cases_are_listed() throws Exception {
        rig(FlowRig.officer());

        assertThat(rig.say("show my cases").toString()).contains("Your cases (1)", "30018842 · Locked out");
    }

    @Test
    void a_case_that_is_not_the_callers_is_not_found() throws Exception {
        rig(FlowRig.officer());

        assertThat(rig.say("whats the status of case 99999999").toString())
                .contains("I can't find case 99999999 among your cases");
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void a_visitor_is_asked_to_sign_in() throws Exception {
        rig(Speaker.anonymous());

        assertThat(rig.say("show my cases").toString()).contains("Sign in first");
    }

    @Test
    void cancel_instead_of_the_comment_adds_nothing() throws Exception {
        rig(FlowRig.officer());
        rig.say("whats the status of case " + FakeSupportCases.EXISTING);
        rig.press("Add a comment");

        assertThat(rig.say("cancel").toString()).contains("nothing was changed");
        assertThat(cases.comments).isEmpty();
    }

    @Test
    void the_case_page_shows_category_times_contact_and_files_with_their_download_links() throws Exception {
        rig(FlowRig.officer());
        cases.attach(FakeSupportCases.EXISTING, "report.pdf", "application/pdf", new byte[2048]);

        List<Reply> page = rig.say("case " + FakeSupportCases.EXISTING);

        assertThat(page.toString())
                .contains(
                        "Category: Student accounts",
                        "Opened 2 Nov 2026",
                        "reply due 2 Nov 2026",
                        "Contact: Priya Shah, priya@riverside.example, 01632 960000",
                        "We are looking at it");
        assertThat(page)
                .contains(new Reply.Files(
                        "Files on case 30018842",
                        List.of(new Reply.FileLink("report.pdf", "2.0 KB", "/api/v1/cases/30018842/attachments/1"))));
    }

    @Test
    void the_latest_five_activities_are_shown_and_the_rest_on_request() throws Exception {
        rig(FlowRig.officer());
        for (int i = 1; i <= 7; i++) {
            cases.activity.add(new Activity("COMMENT", "Priya", "note " + i, FakeSupportCases.NOW.plusSeconds(i)));
        }

        String latest = rig.say("case " + FakeSupportCases.EXISTING).toString();
        assertThat(latest)
                .contains("Latest activity (5 of 8)", "note 7", "note 3")
                .doesNotContain("note 2");

        assertThat(rig.press("Show all activity").toString())
                .contains("Activity:", "note 2", "note 1", "looking at it");
    }

    @Test
    void a_file_shared_while_a_case_is_looked_at_is_attached_to_it() throws Exception {
        rig(FlowRig.officer());
        rig.say("case " + FakeSupportCases.EXISTING);
        assertThat(rig.press("Add a file").toString()).contains("Send the file for case 30018842");

        List<Reply> answer = rig.share(new SharedFile("screenshot.png", "image/png", new byte[500], null));

        assertThat(answer.toString()).contains("Attached screenshot.png (500 bytes) to case 30018842");
        assertThat(cases.attachments).extracting(Attachment::fileName).containsExactly("screenshot.png");
        assertThat(rig.state().flow()).isEqualTo("track_case");
    }

    @Test
    void a_file_with_an_upper_case_extension_is_refused_with_the_rule_and_nothing_is_attached() throws Exception {
        rig(FlowRig.officer());
        rig.say("case " + FakeSupportCases.EXISTING);

        List<Reply> answer = rig.share(new SharedFile("Report.PDF", "application/pdf", new byte[10], null));

        assertThat(answer.toString())
                .contains("File extensions must be lower case", "Nothing was attached to case 30018842");
        assertThat(cases.attachments).isEmpty();
    }

    @Test
    void a_file_over_ten_megabytes_is_refused_and_nothing_is_attached() throws Exception {
        rig(FlowRig.officer());
        rig.say("case " + FakeSupportCases.EXISTING);

        List<Reply> answer =
                rig.share(new SharedFile("scan.pdf", "application/pdf", new byte[10 * 1024 * 1024 + 1], null));

        assertThat(answer.toString()).contains("limited to 10 MB", "Nothing was attached");
        assertThat(cases.attachments).isEmpty();
    }

    @Test
    void a_file_is_not_for_a_case_when_no_case_is_looked_at() throws Exception {
        rig(FlowRig.officer());
        rig.say("show my cases");

        assertThat(rig.takesAt(new SharedFile("report.pdf", "application/pdf", new byte[10], null)))
                .isFalse();
    }

    @Test
    void my_open_cases_are_asked_of_the_api_by_status_and_sorted_by_due_date() throws Exception {
        rig(FlowRig.officer());
        cases.statuses.put("30018843", "CLOSED");

        assertThat(rig.say("show my open cases by due date").toString())
                .contains("Your open cases, by due date (1)", "30018842")
                .doesNotContain("30018843");
        assertThat(cases.listedStatus).isEqualTo("open");
        assertThat(cases.listedSort).isEqualTo("due");

        assertThat(rig.press("Closed only").toString()).contains("Your closed cases (1)", "30018843");
        assertThat(cases.listedStatus).isEqualTo("finished");
        rig.press("Newest first");
        assertThat(cases.listedStatus).isNull();
        assertThat(cases.listedSort).isEqualTo("created");
    }

    @Test
    void another_case_or_the_list_can_be_asked_for_while_a_case_is_looked_at() throws Exception {
        rig(FlowRig.officer());
        cases.statuses.put("30018843", "NEW");
        rig.say("case " + FakeSupportCases.EXISTING);

        assertThat(rig.say("case 30018843").toString()).contains("Case 30018843: Locked out. Status: new");
        assertThat(rig.say("newest first").toString()).contains("Your cases, newest first (2)");
        assertThat(cases.listedSort).isEqualTo("created");
    }

    @Test
    void newest_first_is_understood_in_the_words() {
        assertThat(MyCasesQuery.from("my cases newest first").sort()).isEqualTo("created");
        assertThat(MyCasesQuery.from("my closed cases").status()).isEqualTo("finished");
        assertThat(MyCasesQuery.from("my cases").status()).isNull();
    }
}
