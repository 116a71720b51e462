package org.examdesk.admin.students;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.examdesk.admin.web.ApiException;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    private static SearchQuery query(String... nameValues) {
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            params.put(nameValues[i], nameValues[i + 1]);
        }
        return SearchQuery.from(params::get);
    }

    private static ApiException refused(String... nameValues) {
        ApiException e = catchThrowableOfType(() -> query(nameValues), ApiException.class);
        assertThat(e).as("an ApiException").isNotNull();
        assertThat(e.status()).isEqualTo(422);
        return e;
    }

    @Test
    void no_parameters_give_the_first_page_of_50_by_surname() {
        SearchQuery q = query();
        assertThat(q.page()).isEqualTo(1);
        assertThat(q.size()).isEqualTo(50);
        assertThat(q.sortColumn()).isEqualTo(SearchQuery.SORTABLE.get("surname"));
        assertThat(q.descending()).isFalse();
        assertThat(q.statuses()).isEmpty();
        assertThat(q.forename()).isNull();
        assertThat(q.schoolYear()).isNull();
        assertThat(q.permission()).isNull();
    }

    @Test
    void text_is_trimmed_blank_is_no_filter_and_the_uci_is_upper_cased() {
        SearchQuery q = query(
                "forename",
                "  Sam ",
                "surname",
                "   ",
                "uci",
                " a1234567890bc ",
                "email",
                "s@x.example",
                "createdBy",
                "officer",
                "centre",
                "12345");
        assertThat(q.forename()).isEqualTo("Sam");
        assertThat(q.surname()).isNull();
        assertThat(q.uci()).isEqualTo("A1234567890BC");
        assertThat(q.email()).isEqualTo("s@x.example");
        assertThat(q.createdBy()).isEqualTo("officer");
        assertThat(q.centre()).isEqualTo("12345");
    }

    @Test
    void dates_are_iso_and_anything_else_is_named() {
        SearchQuery q = query("dob", "2009-03-14", "createdFrom", "2026-01-01", "createdTo", "2026-01-31");
        assertThat(q.dob()).isEqualTo(LocalDate.of(2009, 3, 14));
        assertThat(q.createdFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(q.createdTo()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(refused("dob", "14/03/2009", "createdFrom", "2026-02-30").details())
                .containsExactly("dob", "createdFrom");
    }

    @Test
    void school_year_runs_from_1_to_20() {
        assertThat(query("schoolYear", "1").schoolYear()).isEqualTo(1);
        assertThat(query("schoolYear", "20").schoolYear()).isEqualTo(20);
        assertThat(refused("schoolYear", "0").details()).containsExactly("schoolYear");
        assertThat(refused("schoolYear", "21").details()).containsExactly("schoolYear");
        assertThat(refused("schoolYear", "ten").details()).containsExactly("schoolYear");
    }

    @Test
    void page_runs_from_1_to_a_million() {
        assertThat(query("page", "1").page()).isEqualTo(1);
        assertThat(query("page", "1000000").page()).isEqualTo(1_000_000);
        assertThat(refused("page", "0").details()).containsExactly("page");
        assertThat(refused("page", "1000001").details()).containsExactly("page");
    }

    @Test
    void size_runs_from_1_to_200() {
        assertThat(query("size", "1").size()).isEqualTo(1);
        assertThat(query("size", "200").size()).isEqualTo(SearchQuery.MAX_SIZE);
        assertThat(refused("size", "0").details()).containsExactly("size");
        assertThat(refused("size", "201").details()).containsExactly("size");
    }

    @Test
    void permission_is_one_of_four_names_in_any_case() {
        assertThat(query("permission", "HIGHSTAKES").permission()).isEqualTo("highStakes");
        assertThat(query("permission", "nomock").permission()).isEqualTo("noMock");
        assertThat(refused("permission", "all").details()).containsExactly("permission");
    }

    @Test
    void status_is_a_comma_separated_list_of_statuses_in_any_case() {
        assertThat(query("status", "locked, Not_Activated").statuses())
                .isEqualTo(EnumSet.of(StudentStatus.LOCKED, StudentStatus.NOT_ACTIVATED));
        assertThat(refused("status", "LOCKED,asleep").details()).containsExactly("status");
    }

    @Test
    void sort_is_a_known_key_with_an_optional_minus_for_descending() {
        SearchQuery q = query("sort", "-createdAt");
        assertThat(q.sortColumn()).isEqualTo("s.created_at");
        assertThat(q.descending()).isTrue();
        assertThat(query("sort", "uci").sortColumn()).isEqualTo("s.uci");
        assertThat(query("sort", "uci").descending()).isFalse();
        assertThat(refused("sort", "password").details()).containsExactly("sort");
        assertThat(refused("sort", "-").details()).containsExactly("sort");
    }

    @Test
    void created_by_me_is_true_or_false_and_off_when_absent() {
        assertThat(query().createdByMe()).isFalse();
        assertThat(query("createdByMe", "true").createdByMe()).isTrue();
        assertThat(query("createdByMe", "FALSE").createdByMe()).isFalse();
        assertThat(refused("createdByMe", "me").details()).containsExactly("createdByMe");
    }

    @Test
    void every_bad_parameter_is_named_in_one_sentence_that_says_what_is_allowed() {
        ApiException e = refused("sort", "password", "dob", "yesterday", "size", "500", "status", "gone");
        assertThat(e.details()).containsExactly("sort", "dob", "status", "size");
        assertThat(e.getMessage())
                .startsWith("These search parameters are not valid: sort, dob, status, size. Dates are yyyy-MM-dd; "
                        + "status is one of " + EnumSet.allOf(StudentStatus.class)
                        + "; createdByMe is true or false; permission is one of "
                        + SearchQuery.PERMISSIONS + "; sort is one of ")
                .endsWith(" (prefix - for descending); size is at most 200.");
    }
}
