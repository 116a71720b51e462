package org.examdesk.admin.learners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.examdesk.admin.web.ApiException;
import org.junit.jupiter.api.Test;

class OrderRulesTest {
    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate END = LocalDate.of(2027, 6, 30);
    private static final ProductView SPORT =
            new ProductView(1, "603/0456/1", "BTEC Sport", "QUALIFICATION", 11_800, true, true);
    private static final ProductView MATHS =
            new ProductView(2, "603/2960/8", "Functional Maths", "QUALIFICATION", 2_900, true, true);

    private static OrderRequest.OrderLearner learner(Long id, LocalDate start, LocalDate end) {
        return new OrderRequest.OrderLearner(id, start, end);
    }

    private static ApiException refused(ThrowingCallable call) {
        ApiException e = catchThrowableOfType(call, ApiException.class);
        assertThat(e).as("an ApiException").isNotNull();
        assertThat(e.status()).isEqualTo(422);
        return e;
    }

    @Test
    void a_complete_order_passes() {
        assertThatCode(() -> OrderRules.checkComplete(
                        new OrderRequest(List.of("603/0456/1"), List.of(learner(7L, START, END)), "PO-123")))
                .doesNotThrowAnyException();
    }

    @Test
    void an_empty_body_names_products_and_learners() {
        assertThat(refused(() -> OrderRules.checkComplete(null)).details()).containsExactly("products", "learners");
        assertThat(refused(() -> OrderRules.checkComplete(new OrderRequest(List.of(), List.of(), null)))
                        .details())
                .containsExactly("products", "learners");
    }

    @Test
    void a_course_that_ends_before_or_on_its_start_names_the_end_date() {
        ApiException e = refused(() -> OrderRules.checkComplete(new OrderRequest(
                List.of("603/0456/1"), List.of(learner(7L, START, END), learner(8L, END, START)), null)));

        assertThat(e.details()).containsExactly("learners[1].courseEnd");
        assertThat(e.getMessage()).contains("learner 8 must end after it starts");
        assertThat(refused(() -> OrderRules.checkComplete(
                                new OrderRequest(List.of("603/0456/1"), List.of(learner(7L, START, START)), null)))
                        .details())
                .containsExactly("learners[0].courseEnd");
    }

    @Test
    void missing_dates_ids_and_repeated_entries_are_each_named() {
        ApiException e = refused(() -> OrderRules.checkComplete(new OrderRequest(
                Arrays.asList("603/0456/1", "603/0456/1", " "),
                Arrays.asList(learner(7L, null, END), learner(7L, START, null), learner(null, START, END), null),
                null)));

        assertThat(e.details())
                .containsExactly(
                        "products[1]",
                        "products[2]",
                        "learners[0].courseStart",
                        "learners[1].learnerId",
                        "learners[1].courseEnd",
                        "learners[2].learnerId",
                        "learners[3].learnerId");
    }

    @Test
    void a_purchase_order_number_with_odd_characters_is_refused() {
        assertThat(refused(() -> OrderRules.checkComplete(new OrderRequest(
                                List.of("603/0456/1"), List.of(learner(7L, START, END)), "=HYPERLINK(\"x\")")))
                        .details())
                .containsExactly("poNumber");
    }

    @Test
    void unknown_unapproved_and_out_of_date_products_are_named_with_the_reason() {
        ProductView unapproved = new ProductView(3, "610/1400/9", "Cyber", "QUALIFICATION", 100, false, true);
        ProductView old = new ProductView(4, "500/4419/9", "Travel", "QUALIFICATION", 100, true, false);
        ApiException e = refused(() -> OrderRules.checkProducts(
                List.of("603/0456/1", "999/9999/9", "610/1400/9", "500/4419/9"),
                Map.of("603/0456/1", SPORT, "610/1400/9", unapproved, "500/4419/9", old)));

        assertThat(e.details()).containsExactly("products[1]", "products[2]", "products[3]");
        assertThat(e.getMessage())
                .contains("there is no product 999/9999/9")
                .contains("610/1400/9 (Cyber) is not approved")
                .contains("500/4419/9 (Travel) is out of date");
    }

    @Test
    void a_learner_is_either_an_existing_one_or_a_new_one_never_both_nor_neither() {
        OrderRequest.NewLearner amir =
                new OrderRequest.NewLearner("Amir", "Khan", LocalDate.of(2009, 5, 3), null, null);
        ApiException e = refused(() -> OrderRules.checkComplete(new OrderRequest(
                List.of("603/0456/1"),
                List.of(
                        new OrderRequest.OrderLearner(7L, amir, START, END),
                        new OrderRequest.OrderLearner(null, null, START, END),
                        new OrderRequest.OrderLearner(null, amir, END, START)),
                null)));

        assertThat(e.details())
                .containsExactly("learners[0].learnerId", "learners[1].learnerId", "learners[2].courseEnd");
        assertThat(e.getMessage())
                .contains("learner 1 needs either a learner id or a new learner's details, not both")
                .contains("the course of new learner 3 must end after it starts");
        assertThatCode(() -> OrderRules.checkComplete(new OrderRequest(
                        List.of("603/0456/1"), List.of(new OrderRequest.OrderLearner(null, amir, START, END)), null)))
                .doesNotThrowAnyException();
    }

    @Test
    void the_confirmation_costs_every_learner_on_every_product() {
        List<OrderView.LearnerLine> lines = List.of(
                new OrderView.LearnerLine(7L, "L1", "Chloe Evans", false, START, END),
                new OrderView.LearnerLine(null, null, "Amir Khan", true, START, END));
        OrderView view = OrderRules.price(null, "PO-1", List.of(SPORT, MATHS), lines, null);

        assertThat(view.preview()).isTrue();
        assertThat(view.products())
                .extracting(OrderView.ProductLine::subtotalPence)
                .containsExactly(23_600L, 5_800L);
        assertThat(view.totalPence()).isEqualTo(29_400L);
        assertThat(view.products().get(0).learners())
                .extracting(OrderView.LearnerLine::name)
                .containsExactly("Chloe Evans", "Amir Khan");
    }
}
