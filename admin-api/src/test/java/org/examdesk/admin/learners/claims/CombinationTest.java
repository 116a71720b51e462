package org.examdesk.admin.learners.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CombinationTest {
    private static final Pathway LEADERSHIP = new Pathway(
            2,
            "LEAD",
            "Sports Leadership",
            210,
            false,
            List.of(
                    new Pathway.Unit(1, "U1", "Anatomy", true, 90),
                    new Pathway.Unit(2, "U2", "Fitness", false, 120),
                    new Pathway.Unit(4, "U4", "Sports Leadership", true, 60)));

    private static Map<String, String> grades(String... pairs) {
        Map<String, String> grades = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            grades.put(pairs[i], pairs[i + 1]);
        }
        return grades;
    }

    @Test
    void a_full_claim_with_every_mandatory_unit_and_enough_credits_is_eligible() {
        assertThat(Combination.check("FULL", LEADERSHIP, grades("U1", "P", "U2", "M", "U4", "D")))
                .isEmpty();
    }

    @Test
    void a_missing_or_failed_mandatory_unit_and_short_credits_are_each_a_reason() {
        List<Reason> reasons = Combination.check("FULL", LEADERSHIP, grades("U1", "P", "U4", "F"));

        assertThat(reasons).extracting(Reason::code).containsExactly("MANDATORY_UNIT_MISSING", "CREDITS_SHORT");
        assertThat(reasons.get(0).units()).containsExactly("U4");
        assertThat(reasons.get(1).sentence())
                .contains("90 credits")
                .contains("210")
                .contains("120 more");
    }

    @Test
    void a_unit_outside_the_learners_pathway_means_the_wrong_pathway_and_the_account_specialist() {
        List<Reason> reasons = Combination.check("INTERIM", LEADERSHIP, grades("U1", "P", "U3", "P"));

        assertThat(reasons).extracting(Reason::code).containsExactly("WRONG_PATHWAY");
        assertThat(reasons.get(0).sentence()).contains("U3").contains("account specialist");
    }

    @Test
    void an_interim_or_fallback_claim_needs_one_passed_unit_and_no_rules_means_no_claim() {
        assertThat(Combination.check("FALLBACK", LEADERSHIP, grades("U2", "P"))).isEmpty();
        assertThat(Combination.check("INTERIM", LEADERSHIP, grades("U2", "F")))
                .extracting(Reason::code)
                .containsExactly("NO_UNIT_ACHIEVED");
        assertThat(Combination.check("FULL", null, grades("U1", "P")))
                .extracting(Reason::code)
                .containsExactly("NO_RULES");
    }

    @Test
    void the_award_date_goes_back_three_months_and_not_a_day_more_nor_forward() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        ClaimRules.Problems ok = new ClaimRules.Problems();

        assertThat(ClaimRules.awardDate("2026-08-30", today, ok)).isEqualTo(LocalDate.of(2026, 8, 30));
        ok.check("fine");
        ClaimRules.Problems old = new ClaimRules.Problems();
        ClaimRules.awardDate("2026-08-29", today, old);
        assertThatThrownBy(() -> old.check("The claim cannot be made")).hasMessageContaining("at most 3 months");
        ClaimRules.Problems future = new ClaimRules.Problems();
        ClaimRules.awardDate("2026-12-01", today, future);
        assertThatThrownBy(() -> future.check("The claim cannot be made")).hasMessageContaining("future");
    }

    @Test
    void a_bulk_claim_names_the_learners_whose_units_or_grades_differ() {
        assertThatThrownBy(() -> ClaimRules.checkSame(
                        List.of(grades("U1", "P"), grades("U1", "P"), grades("U1", "M")),
                        List.of("Ella Marsh", "Jacob Reid", "Sophie Turner")))
                .hasMessageContaining("Sophie Turner differs from Ella Marsh")
                .hasMessageNotContaining("Jacob");
    }
}
