package org.examdesk.admin.learners.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicatesTest {
    private static final LocalDate DOB = LocalDate.of(2009, 5, 3);

    private static List<List<Problem>> mark(Draft... drafts) {
        List<List<Problem>> problems = new ArrayList<>();
        for (int i = 0; i < drafts.length; i++) {
            problems.add(new ArrayList<>());
        }
        Duplicates.mark(List.of(drafts), problems, i -> "row " + (i + 2));
        return problems;
    }

    @Test
    void the_later_of_two_records_with_one_uln_is_marked_naming_the_first() {
        List<List<Problem>> problems = mark(
                new Draft("Amir", "Khan", DOB, "MALE", "1000000000"),
                new Draft("Sara", "Ahmed", DOB.plusDays(9), "FEMALE", "1000000000"));

        assertThat(problems.get(0)).isEmpty();
        assertThat(problems.get(1)).extracting(Problem::code).containsExactly("duplicate");
        assertThat(problems.get(1).get(0).message()).contains("row 2");
    }

    @Test
    void the_same_name_and_birthday_spelt_with_other_case_or_accents_is_the_same_learner() {
        List<List<Problem>> problems = mark(
                new Draft("Zoë", "O’Neill", DOB, "FEMALE", null), new Draft("zoe", "o'neill", DOB, "FEMALE", null));

        assertThat(problems.get(1)).extracting(Problem::code).containsExactly("duplicate");
    }

    @Test
    void two_people_sharing_a_name_and_birthday_but_not_a_uln_are_two_learners() {
        List<List<Problem>> problems = mark(
                new Draft("Liam", "O'Brien", DOB, "MALE", "1000000000"),
                new Draft("Liam", "O'Brien", DOB, "MALE", "9999999998"),
                new Draft("Liam", "O'Brien", DOB.plusDays(1), "MALE", null));

        assertThat(problems).allMatch(List::isEmpty);
    }

    @Test
    void a_record_whose_fields_could_not_be_read_is_no_duplicate() {
        List<List<Problem>> problems =
                mark(new Draft("Ella", null, DOB, "FEMALE", null), new Draft("Ella", null, DOB, "FEMALE", null));

        assertThat(problems).allMatch(List::isEmpty);
    }
}
