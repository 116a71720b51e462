package org.examdesk.admin.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.examdesk.admin.web.ApiException;
import org.junit.jupiter.api.Test;

class NameQueryTest {
    private static NameQuery read(String q) {
        return NameQuery.from(Map.of("q", q)::get, "a student");
    }

    @Test
    void words_are_lower_cased_and_stripped_of_titles_possessives_and_surrounding_punctuation() {
        NameQuery query = read("  Is Mrs. O’Connor's (Siobhán) account locked, Dr? ");

        assertThat(query.given()).containsExactly("is", "o’connor's", "siobhán", "account", "locked");
        assertThat(query.words()).containsExactly("is", "o’connor", "siobhán", "account", "locked");
        assertThat(query.limit()).isEqualTo(NameQuery.DEFAULT_LIMIT);
    }

    @Test
    void hyphens_and_apostrophes_inside_a_word_stay_for_the_database_to_fold() {
        assertThat(read("Mary-Jane D'Arcy Jones'").words()).containsExactly("mary-jane", "d'arcy", "jones");
    }

    @Test
    void the_terms_are_each_word_then_each_two_adjacent_words() {
        assertThat(read("Ewan mc Donald").terms())
                .extracting(NameQuery.Term::text)
                .containsExactly("ewan", "mc", "donald", "ewan mc", "mc donald");
        assertThat(read("Ewan mc Donald").terms().get(4).positions()).containsExactly(1, 2);
        assertThat(read("Mr Dr").terms()).isEmpty();
    }

    @Test
    void the_term_pairs_are_every_two_terms_that_share_no_word() {
        // terms: 1 ewan, 2 mc, 3 donald, 4 "ewan mc", 5 "mc donald"
        assertThat(read("Ewan mc Donald").termPairs())
                .extracting(p -> p[0] + "+" + p[1])
                .containsExactly("1+2", "1+3", "1+5", "2+3", "3+4");
        assertThat(read("smith").termPairs()).extracting(p -> p[0] + "+" + p[1]).containsExactly("1+1");
        assertThat(read("Mr Dr").termPairs()).isEmpty();
    }

    @Test
    void a_long_message_has_no_term_pairs_rather_than_hundreds() {
        String words = "a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee ff gg hh";
        assertThat(read(words).terms()).hasSize(34 + 33);
        assertThat(read(words).termPairs()).isEmpty();
        assertThat(read("is oliver webb's account locked again this week").termPairs())
                .hasSizeBetween(1, NameQuery.MAX_PAIRS);
    }

    @Test
    void a_missing_blank_or_too_long_query_and_a_bad_limit_are_named() {
        assertThatThrownBy(() -> NameQuery.from(Map.<String, String>of()::get, "a student"))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).details()).containsExactly("q"));
        assertThatThrownBy(() -> read(" ".repeat(5))).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> read("x".repeat(NameQuery.MAX_LENGTH + 1))).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> NameQuery.from(Map.of("q", "", "limit", "99")::get, "a student"))
                .satisfies(e -> assertThat(((ApiException) e).details()).containsExactly("q", "limit"));
        assertThat(NameQuery.from(Map.of("q", "zoe", "limit", "20")::get, "a learner")
                        .limit())
                .isEqualTo(20);
    }

    @Test
    void the_refusal_says_whom_the_words_should_name() {
        assertThatThrownBy(() -> NameQuery.from(Map.<String, String>of()::get, "a learner"))
                .hasMessageContaining("the words that may name a learner");
    }
}
