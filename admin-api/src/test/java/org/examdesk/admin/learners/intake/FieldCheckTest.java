package org.examdesk.admin.learners.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldCheckTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static Outcome check(String given, String family, String dob, String gender, String uln) {
        return FieldCheck.check(new NewLearner(given, family, dob, gender, uln), TODAY);
    }

    private static List<String> codes(Outcome outcome) {
        return outcome.problems().stream().map(p -> p.field() + ":" + p.code()).toList();
    }

    @Test
    void a_complete_learner_is_read_with_names_trimmed_the_date_parsed_and_the_gender_as_stored() {
        Outcome outcome = check(" Zoë ", "Łukasiewicz-O'Brien", "3 May 2009", "female", " 1000000000 ");

        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.draft())
                .isEqualTo(new Draft("Zoë", "Łukasiewicz-O'Brien", LocalDate.of(2009, 5, 3), "FEMALE", "1000000000"));
    }

    @Test
    void given_name_family_name_and_date_of_birth_are_required_and_all_three_are_reported() {
        Outcome outcome = check("", null, "  ", "", "");

        assertThat(codes(outcome)).containsExactly("givenName:required", "familyName:required", "dateOfBirth:required");
    }

    @Test
    void gender_and_uln_may_be_left_blank() {
        Outcome outcome = check("Kwame", "Mensah", "2009-11-21", "", "");

        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.draft().gender()).isEqualTo("NOT_GIVEN");
        assertThat(outcome.draft().uln()).isNull();
    }

    @Test
    void a_formula_is_not_a_name() {
        Outcome outcome = check("=HYPERLINK(\"http://x.example\",\"y\")", "Patel", "2009-08-15", "", "");

        assertThat(codes(outcome)).containsExactly("givenName:invalid");
        assertThat(outcome.problems().get(0).message()).contains("=HYPERLINK");
    }

    @Test
    void a_gender_we_do_not_record_is_refused() {
        assertThat(codes(check("Ruby", "Thompson", "2010-06-07", "Girl", ""))).containsExactly("gender:invalid");
        assertThat(check("Ruby", "Thompson", "2010-06-07", "M", "").draft().gender())
                .isEqualTo("MALE");
        assertThat(check("Ruby", "Thompson", "2010-06-07", "Other", "").draft().gender())
                .isEqualTo("OTHER");
    }

    @Test
    void a_uln_must_have_ten_digits_and_the_right_check_digit() {
        assertThat(codes(check("A", "B", "2009-01-01", "", "12345"))).containsExactly("uln:invalid");
        assertThat(codes(check("A", "B", "2009-01-01", "", "9999999999"))).containsExactly("uln:check_digit");
        assertThat(check("A", "B", "2009-01-01", "", "99999 99998").valid()).isTrue();
    }

    @Test
    void a_date_of_birth_must_be_a_real_day_after_1900_and_before_today() {
        assertThat(codes(check("A", "B", "31/02/2010", "", ""))).containsExactly("dateOfBirth:invalid");
        assertThat(codes(check("A", "B", "1899-12-31", "", ""))).containsExactly("dateOfBirth:invalid");
        assertThat(codes(check("A", "B", TODAY.toString(), "", ""))).containsExactly("dateOfBirth:invalid");
        assertThat(check("A", "B", "31/02/2010", "", "").problems().get(0).message())
                .contains("'31/02/2010'");
    }
}
