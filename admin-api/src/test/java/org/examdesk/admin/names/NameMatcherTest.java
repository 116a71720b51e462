package org.examdesk.admin.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.examdesk.admin.names.NameMatcher.Ranked;
import org.examdesk.admin.names.NameMatcher.Tier;
import org.junit.jupiter.api.Test;

class NameMatcherTest {
    private final NameMatcher matcher = new NameMatcher();

    private static List<Ranked> ranked(int n, Tier tier, boolean exact) {
        return IntStream.range(0, n)
                .mapToObj(i -> new Ranked(i, tier, exact, new TreeSet<>(List.of(0, 1)), "webb", "oliver"))
                .toList();
    }

    @Test
    void exact_full_names_that_fill_the_answer_settle_a_query_of_two_words_or_more() {
        assertThat(matcher.settled(ranked(8, Tier.FULL_NAME, true), 2, 8)).isTrue();
        assertThat(matcher.settled(ranked(7, Tier.FULL_NAME, true), 2, 8))
                .as("one place left, which a one-edit match could take")
                .isFalse();
        assertThat(matcher.settled(ranked(8, Tier.FULL_NAME, false), 2, 8)).isFalse();
        assertThat(matcher.settled(ranked(8, Tier.SURNAME, true), 2, 8))
                .as("a full name one edit away would rank above a surname")
                .isFalse();
    }

    @Test
    void exact_surnames_that_fill_the_answer_settle_a_query_of_one_word() {
        assertThat(matcher.settled(ranked(5, Tier.SURNAME, true), 1, 5)).isTrue();
        assertThat(matcher.settled(ranked(5, Tier.FORENAME, true), 1, 5))
                .as("a surname one edit away would rank above a forename")
                .isFalse();
        assertThat(matcher.settled(List.of(), 1, 5)).isFalse();
    }
}
