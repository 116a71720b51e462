package org.examdesk.admin.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void eight_characters_with_an_upper_case_letter_and_a_digit_follow_the_rule() {
        assertThat(PasswordRules.problems("Abcdefg1")).isEmpty();
    }

    @Test
    void seven_characters_are_too_short() {
        assertThat(PasswordRules.problems("Abcdef1")).containsExactly("shorter than 8 characters");
    }

    @Test
    void a_password_without_an_upper_case_letter_is_refused() {
        assertThat(PasswordRules.problems("abcdefg1")).containsExactly("no upper-case letter");
    }

    @Test
    void a_password_without_a_digit_is_refused() {
        assertThat(PasswordRules.problems("Abcdefgh")).containsExactly("no digit");
    }

    @Test
    void two_hundred_characters_are_allowed_and_two_hundred_and_one_are_not() {
        String base = "A1" + "x".repeat(198);
        assertThat(PasswordRules.problems(base)).isEmpty();
        assertThat(PasswordRules.problems(base + "x")).containsExactly("longer than 200 characters");
    }

    @Test
    void every_problem_is_named_at_once_in_a_fixed_order() {
        assertThat(PasswordRules.problems("abc"))
                .containsExactly("shorter than 8 characters", "no upper-case letter", "no digit");
        assertThat(PasswordRules.problems(""))
                .containsExactly("shorter than 8 characters", "no upper-case letter", "no digit");
    }

    @Test
    void no_password_breaks_every_rule_but_the_length_limit() {
        assertThat(PasswordRules.problems(null))
                .containsExactly("shorter than 8 characters", "no upper-case letter", "no digit");
    }

    @Test
    void the_rule_sentence_names_all_three_requirements() {
        assertThat(PasswordRules.RULE)
                .contains("8 characters")
                .contains("upper-case letter")
                .contains("digit");
    }
}
