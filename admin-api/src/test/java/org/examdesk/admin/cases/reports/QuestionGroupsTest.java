package org.examdesk.admin.cases.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionGroupsTest {
    @Test
    void words_are_lower_cased_stripped_of_filler_and_plurals() {
        assertThat(QuestionGroups.words("How much are the Late Entry FEES?")).containsExactly("entry", "fee", "late");
    }

    @Test
    void the_same_question_in_other_words_lands_in_one_group_most_asked_first() {
        List<QuestionGroups.Group> groups = QuestionGroups.group(
                List.of(
                        "What is the fee for a late entry?",
                        "late entry fee?",
                        "How much are late entry fees",
                        "Where is the seating plan template?",
                        "Change centre phone number",
                        "How do I change the centre contact phone number?"),
                10);

        assertThat(groups).hasSize(3);
        assertThat(groups.get(0).count()).isEqualTo(3);
        assertThat(groups.get(0).words()).containsExactly("entry", "fee", "late");
        assertThat(groups.get(0).examples()).contains("late entry fee?");
        assertThat(groups).anySatisfy(g -> assertThat(g.examples())
                .containsExactlyInAnyOrder(
                        "Change centre phone number", "How do I change the centre contact phone number?"));
    }

    @Test
    void questions_of_only_filler_words_are_left_out_and_the_limit_holds() {
        assertThat(QuestionGroups.group(List.of("how do I", "?", "a b c", "d e f"), 1))
                .hasSize(1);
        assertThat(QuestionGroups.group(List.of("how do I", "?"), 5)).isEmpty();
    }
}
