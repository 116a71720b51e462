package org.examdesk.bot.flows.students;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.flows.FlowRig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Searching students by their filters and handing the locked ones to the bulk reactivation, against
 * {@link FakeStudentAccounts}: no server, no database, no model. Today is Monday 7 December 2026.
 */
class FindStudentsFlowTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneId.of("Europe/London"));

    private final FakeStudentAccounts accounts = new FakeStudentAccounts();
    private FlowRig rig;

    @BeforeEach
    void students() {
        accounts.students.clear();
        accounts.students.addAll(List.of(
                FakeStudentAccounts.student(1, "Sam", "Patel", "LOCKED", 11, "2026-09-01", "import", true, true),
                FakeStudentAccounts.student(
                        2, "Ola", "Adeyemi", "FAILED_ACTIVATION", 11, "2026-12-07", "export", true, false),
                FakeStudentAccounts.student(3, "Ewan", "McDonald", "ACTIVE", 11, "2026-12-06", "import", true, true),
                FakeStudentAccounts.student(4, "Zoë", "Łukasiewicz", "LOCKED", 12, "2026-11-02", "import", true, false),
                FakeStudentAccounts.student(
                        5, "Aoife", "Byrne", "NOT_ACTIVATED", 13, "2026-10-14", "export", false, false)));
    }

    private void rig(Speaker speaker) throws Exception {
        BulkReactivateFlow bulk = new BulkReactivateFlow(c -> accounts);
        rig = new FlowRig(speaker, knowledge -> List.of(bulk, new FindStudentsFlow(c -> accounts, bulk, CLOCK)));
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void locked_year_11_students_are_a_table_with_the_total_and_an_offer_to_reactivate() throws Exception {
        rig(FlowRig.officer());

        List<Reply> replies = rig.say("show me all locked year 11 students");

        assertThat(accounts.searches).last().satisfies(q -> assertThat(q)
                .containsEntry("status", "LOCKED")
                .containsEntry("schoolYear", "11")
                .containsEntry("size", "20"));
        assertThat(table(replies).rows())
                .containsExactly(List.of("Sam Patel", "401232600001X", "11", "Locked", "1 Sep 2026"));
        assertThat(replies.toString()).contains("1 student in year 11, Locked.", "Reactivate all of these");
    }

    @Test
    void the_words_people_use_choose_the_filters() throws Exception {
        rig(FlowRig.officer());

        assertThat(names(rig.say("which students haven't activated yet"))).containsExactly("Aoife Byrne");
        assertThat(names(rig.say("hello, students created this week pls"))).containsExactly("Ola Adeyemi");
        assertThat(names(rig.say("Y13 students without high stakes access"))).containsExactly("Aoife Byrne");
        assertThat(names(rig.say("students created in november"))).containsExactly("Zoë Łukasiewicz");
        assertThat(names(rig.say("list students imported since yesterday"))).containsExactly("Ewan McDonald");
    }

    @Test
    void students_i_added_are_those_the_speakers_own_imports_and_exports_made() throws Exception {
        accounts.createdBySpeaker.add(2L);
        rig(FlowRig.officer());

        List<Reply> replies = rig.say("students I added yesterday");

        assertThat(accounts.searches).last().satisfies(q -> assertThat(q)
                .containsEntry("createdByMe", "true")
                .containsEntry("createdFrom", "2026-12-06")
                .containsEntry("createdTo", "2026-12-06"));
        assertThat(replies.toString()).contains("No students created by you on 6 Dec 2026.");
        assertThat(names(rig.say("students created by me this week"))).containsExactly("Ola Adeyemi");
    }

    @Test
    void more_shows_the_next_page_of_twenty() throws Exception {
        for (int i = 10; i < 40; i++) {
            accounts.students.add(FakeStudentAccounts.student(
                    i, "Pupil", "Year10-" + i, "ACTIVE", 10, "2026-09-01", "import", true, true));
        }
        rig(FlowRig.officer());

        List<Reply> first = rig.say("list the active students in year 10");
        assertThat(table(first).rows()).hasSize(20);
        assertThat(first.toString())
                .contains("30 students in year 10, Active.", "Showing 1 to 20.", "Show the next 10");
        assertThat(first.toString()).doesNotContain("Reactivate all");

        List<Reply> next = rig.say("more");

        assertThat(table(next).rows()).hasSize(10);
        assertThat(next.toString()).contains("Showing 21 to 30.");
        assertThat(accounts.searches).last().satisfies(q -> assertThat(q).containsEntry("page", "2"));
    }

    @Test
    void reactivate_all_of_these_hands_the_locked_and_failed_ones_to_the_bulk_reactivation_which_confirms_first()
            throws Exception {
        rig(FlowRig.officer());
        rig.say("year 11 students");

        List<Reply> proposal = rig.press("Reactivate all of these");

        assertThat(proposal.toString()).contains("Sam Patel", "Ola Adeyemi").doesNotContain("Ewan", "Zoë");
        assertThat(proposal).anyMatch(r -> r instanceof Reply.Confirm);
        assertThat(accounts.changes).isEmpty();

        rig.press("Yes, do it");

        assertThat(accounts.changes).containsExactlyInAnyOrder("reactivate 1", "reactivate 2");
    }

    @Test
    void typing_reactivate_all_of_these_reaches_the_same_confirmation() throws Exception {
        rig(FlowRig.officer());
        rig.say("show me all locked year 11 students");

        List<Reply> proposal = rig.say("reactivate all of these");

        assertThat(proposal.toString()).contains("1 locked student in year 11", "Sam Patel");
        assertThat(proposal).anyMatch(r -> r instanceof Reply.Confirm);
        assertThat(accounts.changes).isEmpty();
    }

    @Test
    void unknown_or_contradictory_filters_get_a_sentence_and_nothing_is_searched() throws Exception {
        rig(FlowRig.officer());

        assertThat(rig.say("show me the students imported and exported").toString())
                .contains("either by import or by export");
        assertThat(rig.say("locked students in year 11 and year 12").toString()).contains("one school year at a time");
        assertThat(accounts.searches).isEmpty();
    }

    @Test
    void the_api_refusing_is_said_in_its_own_words() throws Exception {
        accounts.refusal = new AdminApiException(
                403, "forbidden", "Only exams officers, managers and assistants can see students.", List.of());
        rig(FlowRig.staff("TEACHER"));

        List<Reply> replies = rig.say("show me all locked year 11 students");

        assertThat(replies.toString()).contains("Only exams officers, managers and assistants can see students.");
        assertThat(replies).noneMatch(r -> r instanceof Reply.Table);
    }

    @Test
    void a_student_is_told_the_search_is_for_centre_staff() throws Exception {
        rig(FlowRig.student());

        List<Reply> replies = rig.say("show me all locked year 11 students");

        assertThat(replies.toString()).contains("for centre staff");
        assertThat(accounts.searches).isEmpty();
    }

    private static Reply.Table table(List<Reply> replies) {
        return replies.stream()
                .filter(r -> r instanceof Reply.Table)
                .map(r -> (Reply.Table) r)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No table in " + replies));
    }

    private static List<String> names(List<Reply> replies) {
        return table(replies).rows().stream().map(r -> r.get(0)).toList();
    }
}
