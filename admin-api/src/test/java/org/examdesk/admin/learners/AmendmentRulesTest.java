package org.examdesk.admin.learners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import org.examdesk.admin.web.ApiException;
import org.junit.jupiter.api.Test;

class AmendmentRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final LearnerRow AMIR = new LearnerRow(
            5,
            "L12345678",
            1,
            "40123",
            "Riverside",
            "Amir",
            "Khan",
            LocalDate.of(2009, 3, 5),
            "MALE",
            null,
            Instant.EPOCH);

    private static ApiException refused(String field, String value) {
        ApiException e = catchThrowableOfType(
                () -> AmendmentRules.check(new AmendmentRequest(field, value), AMIR, TODAY), ApiException.class);
        assertThat(e).as("an ApiException").isNotNull();
        assertThat(e.status()).isEqualTo(422);
        return e;
    }

    @Test
    void a_date_of_birth_change_keeps_both_values() {
        AmendmentRules.Change change =
                AmendmentRules.check(new AmendmentRequest("dateOfBirth", "2009-05-03"), AMIR, TODAY);

        assertThat(change.field()).isEqualTo(AmendmentRules.Field.DATE_OF_BIRTH);
        assertThat(change.oldValue()).isEqualTo("2009-03-05");
        assertThat(change.newValue()).isEqualTo("2009-05-03");
    }

    @Test
    void names_are_trimmed_and_may_hold_accents_hyphens_and_apostrophes() {
        assertThat(AmendmentRules.check(new AmendmentRequest("familyName", "  O'Brien-Núñez "), AMIR, TODAY)
                        .newValue())
                .isEqualTo("O'Brien-Núñez");
        assertThat(AmendmentRules.check(new AmendmentRequest("givenName", "Amír"), AMIR, TODAY)
                        .oldValue())
                .isEqualTo("Amir");
    }

    @Test
    void only_the_three_fields_may_be_amended() {
        assertThat(refused("gender", "OTHER").details()).containsExactly("field");
        assertThat(refused(null, "x").details()).containsExactly("field");
        assertThat(catchThrowableOfType(() -> AmendmentRules.check(null, AMIR, TODAY), ApiException.class)
                        .details())
                .containsExactly("field");
    }

    @Test
    void bad_values_are_refused_naming_the_value() {
        assertThat(refused("dateOfBirth", "03/05/2009").getMessage()).contains("yyyy-MM-dd");
        assertThat(refused("dateOfBirth", "2026-12-04").getMessage()).contains("before today");
        assertThat(refused("dateOfBirth", "1899-12-31").details()).containsExactly("value");
        assertThat(refused("givenName", "").details()).containsExactly("value");
        assertThat(refused("givenName", "=HYPERLINK(1)").details()).containsExactly("value");
        assertThat(refused("familyName", "Khan").getMessage()).contains("already the learner's family name");
    }

    @Test
    void a_second_amendment_is_refused_with_a_sentence_naming_the_account_specialist() {
        ApiException e = AmendmentRules.alreadyAmended(
                AMIR, new LearnerDao.Amendment("FAMILY_NAME", "Kahn", "Khan", "Paul Lane", Instant.EPOCH));

        assertThat(e.status()).isEqualTo(409);
        assertThat(e.getMessage())
                .startsWith("Amir Khan (L12345678) has already had the one amendment")
                .contains("family name from Kahn to Khan")
                .contains("board's account specialist");
    }
}
