package org.examdesk.admin.students;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.examdesk.admin.accounts.Tokens;
import org.junit.jupiter.api.Test;

class ActivationCodesTest {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final ActivationCodes codes = new ActivationCodes(Clock.systemUTC(), Duration.ofDays(30));

    @Test
    void aCodeIsTwelveLettersOfTheTypeableAlphabetInThreeGroups() {
        for (int i = 0; i < 1_000; i++) {
            String code = codes.newCode();
            assertThat(code).matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
        }
    }

    @Test
    void everyLetterOfTheAlphabetComesUpAboutEquallyOftenInEveryPosition() {
        int draws = 32_000;
        Map<Integer, Map<Character, Integer>> counts = new HashMap<>();
        for (int i = 0; i < draws; i++) {
            String letters = codes.newCode().replace("-", "");
            for (int p = 0; p < letters.length(); p++) {
                counts.computeIfAbsent(p, k -> new HashMap<>()).merge(letters.charAt(p), 1, Integer::sum);
            }
        }
        for (Map<Character, Integer> position : counts.values()) {
            assertThat(position.keySet()).hasSize(ALPHABET.length());
            // 1,000 expected per letter; 6 standard deviations either side
            assertThat(position.values()).allSatisfy(n -> assertThat(n).isBetween(810, 1_190));
        }
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add(codes.newCode())).isTrue();
        }
    }

    @Test
    void theStoredHashIgnoresCaseSpacesAndDashes() {
        byte[] stored = Tokens.hash("ABCDEFGHJKMN");
        assertThat(ActivationCodes.hash("ABCD-EFGH-JKMN")).isEqualTo(stored);
        assertThat(ActivationCodes.hash(" abcd efgh\tjkmn\r\n")).isEqualTo(stored);
        assertThat(ActivationCodes.hash("abcd-\u000Befgh\f-jkmn")).isEqualTo(stored);
        assertThat(ActivationCodes.hash("ABCD_EFGH_JKMN")).isNotEqualTo(stored);
    }
}
