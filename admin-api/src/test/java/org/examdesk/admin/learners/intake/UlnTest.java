package org.examdesk.admin.learners.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UlnTest {
    @Test
    void the_check_digit_is_ten_minus_the_weighted_sum_modulo_eleven() {
        // 9 x (10 + 9 + ... + 2) = 486, 486 mod 11 = 2, so the check digit is 8
        assertThat(Uln.checkDigit("999999999")).isEqualTo(8);
        // 1 x 10 = 10, so 10 - 10 = 0
        assertThat(Uln.checkDigit("100000000")).isZero();
        assertThat(Uln.isValid("9999999998")).isTrue();
        assertThat(Uln.isValid("1000000000")).isTrue();
    }

    @Test
    void a_wrong_last_digit_fails() {
        assertThat(Uln.isValid("9999999999")).isFalse();
        assertThat(Uln.isValid("1000000001")).isFalse();
    }

    @Test
    void nine_digits_whose_check_would_be_ten_start_no_uln() {
        // 2 x 10 + 1 x 2 = 22, 22 mod 11 = 0: 10 - 0 = 10 is not a digit
        assertThat(Uln.checkDigit("200000001")).isEqualTo(-1);
        for (char last = '0'; last <= '9'; last++) {
            assertThat(Uln.isValid("200000001" + last)).isFalse();
        }
    }

    @Test
    void anything_but_ten_digits_is_not_a_uln() {
        assertThat(Uln.isValid("100000000")).isFalse();
        assertThat(Uln.isValid("10000000000")).isFalse();
        assertThat(Uln.isValid("10000000O0")).isFalse();
        assertThat(Uln.isValid(null)).isFalse();
    }
}
