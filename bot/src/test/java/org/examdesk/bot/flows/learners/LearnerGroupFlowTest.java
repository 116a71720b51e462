package org.examdesk.bot.flows.learners;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.SharedFile;
import org.examdesk.bot.flows.FlowRig;
import org.examdesk.bot.flows.learners.GroupState.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The learner-group conversation against a fake {@link CentreGroups}: invalid records, fixes, removals, submitting. */
class LearnerGroupFlowTest {
    static final String TEMPLATE_CSV =
            "Given name,Family name,Date of birth,Gender,ULN\nFfion,Pritchard,1/13/2010,Female,\n";

    private final FakeCentreGroups groups = new FakeCentreGroups();
    private FlowRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = LearnerFlows.rig(LearnerFlows.centreAdministrator(), new FakeCentreLearners(), groups);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    /** Opens the demo-like group by its name, as the answer to "which one?". */
    private void openYear10September() {
        rig.say("what's wrong with my learner group");
        assertThat(LearnerFlows.text(rig.say("Year 10 September"))).contains("Row 4: Aoife");
    }

    @Test
    void several_groups_with_invalid_records_are_asked_about_and_the_second_one_is_opened() {
        List<Reply> asked = rig.say("what's wrong with my learner group");
        assertThat(LearnerFlows.text(asked))
                .contains(
                        "2 of your centre's learner groups have invalid records", "Year 10 September", "Year 11 March")
                .doesNotContain("Year 9 Spring");

        List<Reply> shown = rig.say("the second one");

        assertThat(LearnerFlows.text(shown))
                .contains(
                        "Year 10 September",
                        "5 records, 2 valid and 3 invalid",
                        "Row 4: Aoife O'Sullivan-Byrne",
                        "Learner Records Service",
                        "Row 8: Ella (no family name)",
                        "The family name is missing.",
                        "Row 9: Noah Fischer, born 31/02/2010: 31/02/2010 is not a date.");
        assertThat(rig.state().at(Step.RECORDS)).isTrue();
    }

    @Test
    void a_fix_said_in_one_sentence_is_confirmed_made_once_and_the_records_left_are_shown() {
        openYear10September();

        List<Reply> confirm = rig.say("change row 4's date of birth to 03/05/2009");
        assertThat(LearnerFlows.text(confirm))
                .contains("Change the date of birth of row 4", "from \"3 May 2010\" to 3 May 2009");
        assertThat(groups.changes).isEmpty();

        List<Reply> done = rig.press("Yes, do it");

        assertThat(groups.changes).containsExactly("amend 6 row 4 dateOfBirth 2009-05-03");
        assertThat(LearnerFlows.text(done))
                .contains("Row 4 is valid now", "3 valid and 2 invalid", "Row 8", "Row 9")
                .doesNotContain("Row 4: Aoife");
    }

    @Test
    void a_fix_is_asked_step_by_step_record_field_then_value() {
        openYear10September();
        rig.press("Fix a record");
        List<Reply> field = rig.say("row 9");
        assertThat(LearnerFlows.text(field))
                .contains("Which detail of row 9 (Noah Fischer", "date of birth (\"31/02/2010\")");
        rig.press("date of birth");
        List<Reply> confirm = rig.say("28 Feb 2010");
        assertThat(LearnerFlows.text(confirm)).contains("to 28 February 2010");

        rig.say("yes");

        assertThat(groups.changes).containsExactly("amend 6 row 9 dateOfBirth 2010-02-28");
    }

    @Test
    void a_value_the_admin_api_refuses_is_said_in_its_words_and_asked_again() {
        openYear10September();
        rig.say("change row 8's ULN to 123");
        List<Reply> refused = rig.press("Yes, do it");

        assertThat(LearnerFlows.text(refused))
                .contains("That change was not accepted: A ULN has 10 digits; 123 has 3.");
        assertThat(rig.state().at(Step.VALUE)).isTrue();
        assertThat(groups.changes).isEmpty();

        rig.say("1234567890");
        rig.press("Yes, do it");
        assertThat(groups.changes).containsExactly("amend 6 row 8 uln 1234567890");
    }

    @Test
    void a_record_is_removed_after_a_yes_and_a_no_changes_nothing() {
        openYear10September();
        List<Reply> confirm = rig.say("remove row 9");
        assertThat(LearnerFlows.text(confirm))
                .contains("Remove row 9 (Noah Fischer, born 31/02/2010) from Year 10 September?");
        List<Reply> kept = rig.say("no");
        assertThat(LearnerFlows.text(kept)).contains("I have changed nothing");
        assertThat(groups.changes).isEmpty();

        rig.say("remove Noah Fischer");
        List<Reply> done = rig.press("Yes, do it");

        assertThat(groups.changes).containsExactly("remove 6 row 9");
        assertThat(LearnerFlows.text(done)).contains("Row 9 is removed", "4 records, 2 valid and 2 invalid");
    }

    @Test
    void submitting_with_invalid_records_left_is_refused_in_the_apis_words_and_stays_at_the_records() {
        openYear10September();
        rig.press("Submit the group");
        List<Reply> refused = rig.press("Yes, do it");

        assertThat(LearnerFlows.text(refused))
                .contains("The group was not submitted: Year 10 September still has 3 invalid records");
        assertThat(rig.state().at(Step.RECORDS)).isTrue();
        assertThat(groups.changes).isEmpty();
    }

    @Test
    void once_every_record_is_fixed_or_removed_submitting_says_how_many_learners_were_created() {
        openYear10September();
        rig.say("change row 4's date of birth to 3 May 2009");
        rig.press("Yes, do it");
        rig.say("remove row 8");
        rig.press("Yes, do it");
        rig.say("remove row 9");
        List<Reply> allValid = rig.press("Yes, do it");
        assertThat(LearnerFlows.text(allValid))
                .contains("Every record is valid", "Submit Year 10 September (3 records)?");

        List<Reply> done = rig.press("Yes, do it");

        assertThat(groups.changes).endsWith("submit 6");
        assertThat(LearnerFlows.text(done)).contains("Year 10 September is submitted and 3 learners were created");
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void someone_without_learner_management_is_refused_with_the_roles_article() {
        groups.forbidden = true;

        List<Reply> refused = rig.say("what's wrong with my learner group");

        assertThat(LearnerFlows.refusedWithArticle(refused)).isTrue();
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void a_shared_group_file_without_a_name_is_named_uploaded_and_its_check_reported_when_asked() {
        SharedFile file = new SharedFile("resits.csv", "text/csv", TEMPLATE_CSV.getBytes(StandardCharsets.UTF_8), "");
        assertThat(rig.takes(file)).isTrue();

        List<Reply> asked = rig.share(file);
        assertThat(LearnerFlows.text(asked))
                .contains("resits.csv has the columns of a learner group", "What should I call");

        List<Reply> taken = rig.say("Year 12 resits");
        assertThat(groups.changes)
                .containsExactly("upload Year 12 resits resits.csv " + file.content().length + " bytes");
        assertThat(LearnerFlows.text(taken)).contains("validating...", "still being validated");
        assertThat(rig.state().toJson().at("/data/file").isMissingNode()).isTrue();

        groups.finishChecks();
        List<Reply> ready = rig.say("is it ready?");

        assertThat(LearnerFlows.text(ready))
                .contains(
                        "Validated: 1 valid and 1 invalid",
                        "Row 2: Ffion Pritchard, born 1/13/2010: 1/13/2010 is not a date.");
        assertThat(rig.state().at(Step.RECORDS)).isTrue();
    }

    @Test
    void a_group_name_sent_with_the_file_is_used_and_a_name_in_use_is_asked_again() {
        SharedFile file =
                new SharedFile("y11.csv", "text/csv", TEMPLATE_CSV.getBytes(StandardCharsets.UTF_8), "Year 11 March");

        List<Reply> taken = rig.share(file);
        assertThat(LearnerFlows.text(taken))
                .contains("You already have a learner group called Year 11 March.", "What should I call it instead?");

        rig.say("Year 11 March resits");
        assertThat(groups.changes)
                .containsExactly("upload Year 11 March resits y11.csv " + file.content().length + " bytes");
    }

    @Test
    void a_file_of_students_is_not_taken_as_a_learner_group() {
        byte[] students =
                "candidate_number,first_name,last_name,email,date_of_birth\n".getBytes(StandardCharsets.UTF_8);

        assertThat(rig.takes(new SharedFile("students.csv", "text/csv", students, null)))
                .isFalse();
    }
}
