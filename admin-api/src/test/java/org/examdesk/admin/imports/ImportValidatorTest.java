package org.examdesk.admin.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportValidatorTest {
    private static final LocalDate DOB = LocalDate.of(2009, 3, 14);
    private static final String UCI = "A1234567890BC";

    private final ImportValidator validator = new ImportValidator(new DatesOfBirth(2026));
    private final ImportValidator.Known known = new ImportValidator.Known(
            Map.of(
                    UCI,
                    new ImportValidator.Entry("Sam", "Lee ", DOB),
                    "B1234567890BC",
                    new ImportValidator.Entry("Kim", "Ng", LocalDate.of(2010, 1, 2)),
                    "C1234567890BC",
                    new ImportValidator.Entry("Ola", "Ade", LocalDate.of(2010, 5, 6))),
            Set.of("C1234567890BC"),
            Set.of("taken@school.example"));

    /** Cells in template order: forename, surname, UCI, email, date of birth, school year. */
    private static ImportRow row(int number, String... cells) {
        return new ImportRow(number, Arrays.asList(cells), false);
    }

    private static ImportRow good(int number) {
        return row(number, "Sam", "Lee", UCI, "sam@school.example", "14/03/2009", "11");
    }

    private List<String> errorsOf(ImportRow row) {
        ImportValidator.Result result = validator.validate(List.of(row), known);
        assertThat(result.accepted()).isEmpty();
        assertThat(result.rejected()).hasSize(1);
        return result.rejected().get(0).errors();
    }

    @Test
    void a_row_identical_to_its_exam_entry_is_accepted_as_a_draft() {
        ImportValidator.Result result = validator.validate(List.of(good(2)), known);
        assertThat(result.rejected()).isEmpty();
        assertThat(result.accepted())
                .containsExactly(new ImportValidator.Draft(2, "Sam", "Lee", UCI, "sam@school.example", DOB, 11));
    }

    @Test
    void names_match_the_entry_ignoring_case_and_surrounding_spaces_and_the_uci_is_upper_cased() {
        ImportValidator.Result result = validator.validate(
                List.of(row(2, " SAM ", "lee", "a1234567890bc", "sam@school.example", "2009-03-14", "")), known);
        assertThat(result.rejected()).isEmpty();
        assertThat(result.accepted().get(0).uci()).isEqualTo(UCI);
        assertThat(result.accepted().get(0).schoolYear()).isNull();
    }

    @Test
    void every_required_column_left_empty_is_named() {
        assertThat(errorsOf(row(3, "", " ", "", "", "", "")))
                .containsExactly(
                        "Forename is required.",
                        "Surname is required.",
                        "UCI is required.",
                        "Email is required.",
                        "Date of birth is required.");
    }

    @Test
    void a_row_with_more_cells_than_the_header_is_refused() {
        ImportRow wide = new ImportRow(4, good(4).values(), true);
        assertThat(errorsOf(wide)).containsExactly("The row has more cells than the header has columns.");
    }

    @Test
    void a_malformed_email_is_refused() {
        assertThat(errorsOf(row(2, "Sam", "Lee", UCI, "sam@school", "14/03/2009", "")))
                .containsExactly("Email 'sam@school' is not a valid address.");
    }

    @Test
    void an_email_already_used_by_an_account_is_refused_ignoring_case() {
        assertThat(errorsOf(row(2, "Sam", "Lee", UCI, "Taken@School.example", "14/03/2009", "")))
                .containsExactly("Email Taken@School.example is already used by another student account.");
    }

    @Test
    void a_date_of_birth_that_is_no_date_names_the_formats() {
        assertThat(errorsOf(row(2, "Sam", "Lee", UCI, "sam@school.example", "31/02/2009", "")))
                .containsExactly("Date of birth '31/02/2009' is not a date; use dd/MM/yyyy or yyyy-MM-dd.");
    }

    @Test
    void school_year_runs_from_1_to_14() {
        assertThat(validator
                        .validate(List.of(row(2, "Sam", "Lee", UCI, "sam@school.example", "14/03/2009", "1")), known)
                        .accepted())
                .extracting(ImportValidator.Draft::schoolYear)
                .containsExactly(1);
        assertThat(validator
                        .validate(List.of(row(2, "Sam", "Lee", UCI, "sam@school.example", "14/03/2009", "14")), known)
                        .accepted())
                .extracting(ImportValidator.Draft::schoolYear)
                .containsExactly(14);
        for (String wrong : new String[] {"0", "15", "Year 11"}) {
            assertThat(errorsOf(row(2, "Sam", "Lee", UCI, "sam@school.example", "14/03/2009", wrong)))
                    .containsExactly("School year '" + wrong + "' must be a whole number from 1 to 14.");
        }
    }

    @Test
    void a_uci_has_exactly_13_letters_and_digits() {
        assertThat(errorsOf(row(2, "Sam", "Lee", "A1234567890B", "sam@school.example", "14/03/2009", "")))
                .containsExactly("UCI 'A1234567890B' must be 13 letters and digits (it has 12 characters).");
        assertThat(errorsOf(row(2, "Sam", "Lee", "A1234567890BCD", "sam@school.example", "14/03/2009", "")))
                .containsExactly("UCI 'A1234567890BCD' must be 13 letters and digits (it has 14 characters).");
        assertThat(errorsOf(row(2, "Sam", "Lee", "A1234567890B-", "sam@school.example", "14/03/2009", "")))
                .containsExactly("UCI 'A1234567890B-' must be 13 letters and digits (it has 13 characters).");
    }

    @Test
    void a_uci_with_no_exam_entry_at_the_centre_is_refused() {
        assertThat(errorsOf(row(2, "Sam", "Lee", "Z1234567890BC", "sam@school.example", "14/03/2009", "")))
                .containsExactly("No exam entry at this centre has UCI Z1234567890BC.");
    }

    @Test
    void a_uci_that_already_has_an_account_is_refused() {
        assertThat(errorsOf(row(2, "Ola", "Ade", "C1234567890BC", "ola@school.example", "06/05/2010", "")))
                .containsExactly("UCI C1234567890BC already has a results account at this centre.");
    }

    @Test
    void names_and_date_of_birth_differing_from_the_entry_are_each_named() {
        assertThat(errorsOf(row(2, "Samuel", "Leigh", UCI, "sam@school.example", "15/03/2009", "")))
                .containsExactly(
                        "Forename 'Samuel' is not identical to the exam entry ('Sam').",
                        "Surname 'Leigh' is not identical to the exam entry ('Lee ').",
                        "Date of birth 2009-03-15 is not the one on the exam entry (2009-03-14).");
    }

    @Test
    void a_uci_or_email_repeated_in_the_file_rejects_the_later_row_and_names_the_first() {
        ImportValidator.Result result = validator.validate(
                List.of(good(2), row(3, "Sam", "Lee", UCI.toLowerCase(), "SAM@school.example", "14/03/2009", "")),
                known);
        assertThat(result.accepted()).extracting(ImportValidator.Draft::row).containsExactly(2);
        assertThat(result.rejected()).hasSize(1);
        assertThat(result.rejected().get(0).row()).isEqualTo(3);
        assertThat(result.rejected().get(0).errors())
                .containsExactly("UCI " + UCI + " is also on row 2.", "Email sam@school.example is also on row 2.");
    }

    @Test
    void a_rejected_row_keeps_its_values_under_the_template_headers() {
        ImportValidator.Result result = validator.validate(
                List.of(new ImportRow(
                        5, Arrays.asList("Sam", null, UCI, "sam@school.example", "14/03/2009", null), false)),
                known);
        assertThat(result.rejected().get(0).values())
                .containsExactly(
                        Map.entry("Forename", "Sam"),
                        Map.entry("Surname", ""),
                        Map.entry("UCI", UCI),
                        Map.entry("Email", "sam@school.example"),
                        Map.entry("Date of birth", "14/03/2009"),
                        Map.entry("School year", ""));
        assertThat(result.rejected().get(0).errors()).containsExactly("Surname is required.");
    }

    @Test
    void every_problem_of_a_row_is_reported_together() {
        assertThat(errorsOf(row(2, "", "Lee", "SHORT", "nope", "someday", "99")))
                .containsExactly(
                        "Forename is required.",
                        "Email 'nope' is not a valid address.",
                        "Date of birth 'someday' is not a date; use dd/MM/yyyy or yyyy-MM-dd.",
                        "School year '99' must be a whole number from 1 to 14.",
                        "UCI 'SHORT' must be 13 letters and digits (it has 5 characters).");
    }
}
