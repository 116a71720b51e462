package org.examdesk.bot.flows.learners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.examdesk.admin.client.LearnerModels.Product;
import org.examdesk.bot.flows.learners.AmendmentWords.Field;
import org.junit.jupiter.api.Test;

/** How the learner flows read dates, purchase orders, products and amendments typed in a sentence. */
class LearnerWordsTest {
    private static final ProductNames<Product> PRODUCTS = OrderSteps.names(List.of(
            FakeCentreLearners.SPORT,
            FakeCentreLearners.BUSINESS,
            FakeCentreLearners.MATHS,
            new Product(
                    4,
                    "601/7587/8",
                    "BTEC Level 2 Technical Certificate in Digital Technology",
                    "QUALIFICATION",
                    8_900,
                    true,
                    true)));

    @Test
    void dates_are_read_day_first_in_figures_or_with_the_month_in_words_and_impossible_ones_are_not_dates() {
        assertThat(Dates.in("from 1/9/2026 to 30 June 2028").stream().map(Dates.Found::date))
                .containsExactly(LocalDate.of(2026, 9, 1), LocalDate.of(2028, 6, 30));
        assertThat(Dates.only("born 3rd of may 09")).contains(LocalDate.of(2009, 5, 3));
        assertThat(Dates.only("May 3, 2009")).contains(LocalDate.of(2009, 5, 3));
        assertThat(Dates.only("1 Sept 2026")).contains(LocalDate.of(2026, 9, 1));
        assertThat(Dates.only("2009-05-03")).contains(LocalDate.of(2009, 5, 3));
        assertThat(Dates.in("31 June 2009")).isEmpty();
        assertThat(Dates.without("change it to 3 May 2009 please")).doesNotContain("May");
    }

    @Test
    void a_purchase_order_number_needs_its_label_and_none_is_understood() {
        assertThat(OrderWords.poNumber("register chloe, PO 4471")).contains("4471");
        assertThat(OrderWords.poNumber("po number is HS-22/9.")).contains("HS-22/9");
        assertThat(OrderWords.poNumber("P.O. no. 881")).contains("881");
        assertThat(OrderWords.poNumber("register Polly Evans")).isEmpty();
        assertThat(OrderWords.answeredPo("it's ABC123")).contains("ABC123");
        assertThat(OrderWords.saysNone("no we don't have one")).isTrue();
        assertThat(OrderWords.saysNone("ABC123")).isFalse();
    }

    @Test
    void a_product_is_named_by_its_rare_title_words_or_its_reference_and_a_vague_name_names_none_or_ties() {
        assertThat(PRODUCTS.named("register chloe on the btec level 3 sport"))
                .containsExactly(FakeCentreLearners.SPORT);
        assertThat(PRODUCTS.named("what did she get in btec sprot")).containsExactly(FakeCentreLearners.SPORT);
        assertThat(PRODUCTS.named("put him on maths")).containsExactly(FakeCentreLearners.MATHS);
        assertThat(PRODUCTS.named("register on 6030457 3")).containsExactly(FakeCentreLearners.BUSINESS);
        assertThat(PRODUCTS.named("register her on a level 3 course")).isEmpty();
        assertThat(PRODUCTS.named("a btec please"))
                .as("three of the four are BTECs")
                .isEmpty();
        assertThat(PRODUCTS.without("register Chloe Evans on the BTEC Level 3 Sport"))
                .isEqualTo("register Chloe Evans on the");
    }

    @Test
    void an_amendment_names_its_detail_and_its_new_value_and_leaves_the_learner_to_find() {
        String dob = "change Amir Khan's date of birth to 3 May 2009";
        String name = "I need to change Amir Khan's first name to Amar please";

        assertThat(AmendmentWords.field(dob)).contains(Field.DATE_OF_BIRTH);
        assertThat(AmendmentWords.value(dob, Field.DATE_OF_BIRTH)).contains("2009-05-03");
        assertThat(AmendmentWords.field(name)).contains(Field.GIVEN_NAME);
        assertThat(AmendmentWords.value(name, Field.GIVEN_NAME)).contains("Amar");
        assertThat(AmendmentWords.withoutChange(name)).contains("Amir Khan's").doesNotContain("Amar");
        assertThat(AmendmentWords.field("amir khans dob is wrong")).contains(Field.DATE_OF_BIRTH);
        assertThat(AmendmentWords.field("her surname should be Okafor-Smith")).contains(Field.FAMILY_NAME);
        assertThat(AmendmentWords.typed("it should be O'Neill", Field.FAMILY_NAME))
                .contains("O'Neill");
        assertThat(AmendmentWords.typed("I don't know, what do you think it should be then", Field.FAMILY_NAME))
                .isEmpty();
    }
}
