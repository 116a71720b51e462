package org.examdesk.bot.flows.students;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The filters of a student search read from the words staff type, on Monday 7 December 2026. */
class FilterWordsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    static Stream<Arguments> phrasings() {
        return Stream.of(
                Arguments.of("show me all locked year 11 students", Map.of("status", "LOCKED", "schoolYear", "11")),
                Arguments.of("which students haven't activated yet", Map.of("status", "NOT_ACTIVATED")),
                Arguments.of("which students haven\u2019t activated yet", Map.of("status", "NOT_ACTIVATED")),
                Arguments.of("hi, Y11 pupils who are locked out pls", Map.of("status", "LOCKED", "schoolYear", "11")),
                Arguments.of("yr 10 students never activated", Map.of("status", "NOT_ACTIVATED", "schoolYear", "10")),
                Arguments.of("students whose activation failed", Map.of("status", "FAILED_ACTIVATION")),
                Arguments.of("list the failed activation accounts", Map.of("status", "FAILED_ACTIVATION")),
                Arguments.of("students who forgot their password", Map.of("status", "FORGOTTEN_PASSWORD")),
                Arguments.of(
                        "forgotten password students in year 9",
                        Map.of("status", "FORGOTTEN_PASSWORD", "schoolYear", "9")),
                Arguments.of("active students in year12", Map.of("status", "ACTIVE", "schoolYear", "12")),
                Arguments.of("locked and failed activation students", Map.of("status", "FAILED_ACTIVATION,LOCKED")),
                Arguments.of("students created today", Map.of("createdFrom", "2026-12-07", "createdTo", "2026-12-07")),
                Arguments.of(
                        "students created this week", Map.of("createdFrom", "2026-12-07", "createdTo", "2026-12-07")),
                Arguments.of("accounts made yesterday", Map.of("createdFrom", "2026-12-06", "createdTo", "2026-12-06")),
                Arguments.of(
                        "students created last week", Map.of("createdFrom", "2026-11-30", "createdTo", "2026-12-06")),
                Arguments.of("students created since 1 November", Map.of("createdFrom", "2026-11-01")),
                Arguments.of("students added since the 3rd of nov", Map.of("createdFrom", "2026-11-03")),
                Arguments.of(
                        "which students were created in October",
                        Map.of("createdFrom", "2026-10-01", "createdTo", "2026-10-31")),
                Arguments.of(
                        "students created on 02/12/2026",
                        Map.of("createdFrom", "2026-12-02", "createdTo", "2026-12-02")),
                Arguments.of(
                        "year 13 students without high stakes access",
                        Map.of("schoolYear", "13", "permission", "noHighStakes")),
                Arguments.of("students who don't have high-stakes", Map.of("permission", "noHighStakes")),
                Arguments.of("students with high stakes permission", Map.of("permission", "highStakes")),
                Arguments.of("pupils with no mock access", Map.of("permission", "noMock")),
                Arguments.of("students that can see mocks", Map.of("permission", "mock")),
                Arguments.of(
                        "students imported this week",
                        Map.of("createdBy", "import", "createdFrom", "2026-12-07", "createdTo", "2026-12-07")),
                Arguments.of("students created by export", Map.of("createdBy", "export")),
                Arguments.of(
                        "students i added yesterday",
                        Map.of("createdByMe", "true", "createdFrom", "2026-12-06", "createdTo", "2026-12-06")),
                Arguments.of(
                        "students created by me this week",
                        Map.of("createdByMe", "true", "createdFrom", "2026-12-07", "createdTo", "2026-12-07")),
                Arguments.of(
                        "locked students i've imported",
                        Map.of("createdByMe", "true", "createdBy", "import", "status", "LOCKED")),
                Arguments.of("show me all students", Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrasings")
    void the_filters_are_read_from_the_words(String typed, Map<String, String> expected) {
        FilterWords.Read read = FilterWords.read(typed, TODAY);

        assertThat(read.problem()).isNull();
        assertThat(read.filters().query()).isEqualTo(expected);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("locked students in year 11 and year 12", "one school year at a time"),
                Arguments.of("students in year 0", "no school year 0"),
                Arguments.of("students created yesterday since 1 november", "two different times"),
                Arguments.of("students created since 25 december 2026", "in the future"),
                Arguments.of("students imported and exported", "either by import or by export"),
                Arguments.of("students with mock but without high stakes", "one permission at a time"),
                Arguments.of("students in tutor group 11B", "can't search students by tutor group"),
                Arguments.of("students born in 2010", "can't search students by date of birth"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void unknown_or_contradictory_filters_are_a_sentence_and_no_filters(String typed, String sentence) {
        FilterWords.Read read = FilterWords.read(typed, TODAY);

        assertThat(read.filters()).isNull();
        assertThat(read.problem()).contains(sentence);
    }
}
