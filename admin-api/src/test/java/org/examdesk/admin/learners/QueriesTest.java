package org.examdesk.admin.learners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.examdesk.admin.web.ApiException;
import org.junit.jupiter.api.Test;

class QueriesTest {
    private static Function<String, String> params(String... nameValues) {
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            params.put(nameValues[i], nameValues[i + 1]);
        }
        return params::get;
    }

    @Test
    void a_learner_query_reads_its_text_dates_and_page() {
        LearnerQuery q = LearnerQuery.from(
                params("q", "  chloe evans ", "createdFrom", "2025-01-01", "createdTo", "2025-12-31", "size", "20"));

        assertThat(q.q()).isEqualTo("chloe evans");
        assertThat(q.words()).containsExactly("chloe", "evans");
        assertThat(q.createdFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(q.page()).isEqualTo(1);
        assertThat(q.size()).isEqualTo(20);
        assertThat(LearnerQuery.from(params()).words()).isEmpty();
    }

    @Test
    void bad_learner_query_parameters_are_all_named() {
        ApiException e = catchThrowableOfType(
                () -> LearnerQuery.from(params("createdFrom", "01/01/2025", "size", "1000", "page", "0")),
                ApiException.class);

        assertThat(e.status()).isEqualTo(422);
        assertThat(e.details()).containsExactlyInAnyOrder("createdFrom", "size", "page");
        assertThat(catchThrowableOfType(
                                () -> LearnerQuery.from(params("createdFrom", "2025-02-01", "createdTo", "2025-01-01")),
                                ApiException.class)
                        .details())
                .containsExactly("createdTo");
    }

    @Test
    void a_result_query_takes_every_clause_and_reads_grades_in_any_case() {
        ResultQuery q = ResultQuery.from(params(
                "givenName", "Chloe", "familyName", "Evans", "learnerRef", "l123", "product", "sport", "grade", "d*"));

        assertThat(q.grade()).isEqualTo("D*");
        assertThat(q.product()).isEqualTo("sport");
        assertThat(q.learnerRef()).isEqualTo("l123");
    }

    @Test
    void an_unknown_grade_is_refused() {
        ApiException e = catchThrowableOfType(() -> ResultQuery.from(params("grade", "Z")), ApiException.class);

        assertThat(e.details()).containsExactly("grade");
        assertThat(e.getMessage()).contains("P (pass), F (fail)");
    }

    @Test
    void like_patterns_treat_wildcards_as_text() {
        assertThat(Like.prefix("O'N_%!")).isEqualTo("o'n!_!%!!%");
        assertThat(Like.contains(null)).isEqualTo("%%");
    }
}
