package org.examdesk.admin.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LearnerSeederTest {
    @Test
    void demo_ulns_are_ten_digits_with_a_valid_check_digit() {
        Random random = new Random(1);
        for (int n = 0; n < 1_000; n++) {
            String uln = LearnerSeeder.uln(random);
            assertThat(uln).matches("[1-9][0-9]{9}");
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (10 - i) * (uln.charAt(i) - '0');
            }
            assertThat(uln.charAt(9) - '0').as(uln).isEqualTo(10 - sum % 11);
        }
    }

    @Test
    void a_dozen_products_may_be_ordered_and_two_may_not() {
        assertThat(LearnerSeeder.PRODUCTS.stream().filter(p -> p.approved() && p.inDate()))
                .hasSize(12)
                .allMatch(p -> p.popularity() > 0);
        assertThat(LearnerSeeder.PRODUCTS.stream().filter(p -> !p.approved() || !p.inDate()))
                .hasSize(2)
                .allMatch(p -> p.popularity() == 0);
    }
}
