package org.examdesk.bot.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlotsTest {
    @Test
    void the_new_address_is_found_wherever_it_is_in_the_answer() {
        assertThat(Slots.newEmail("her new email is zoe.l@school.example", null))
                .contains("zoe.l@school.example");
        assertThat(Slots.newEmail("<mailto:a.b@x.example|a.b@x.example>", null)).contains("a.b@x.example");
        assertThat(Slots.newEmail("no address here", null)).isEmpty();
    }

    @Test
    void of_two_addresses_the_new_one_is_the_one_after_to_and_never_the_current_one() {
        assertThat(Slots.newEmail("change old@x.example to new@x.example", null))
                .contains("new@x.example");
        assertThat(Slots.newEmail("new@x.example instead of old@x.example", "old@x.example"))
                .contains("new@x.example");
    }

    @Test
    void a_range_or_a_vague_number_of_days_is_asked_again_not_glued_together() {
        assertThat(Slots.days("3 or 4 days").ambiguous()).isTrue();
        assertThat(Slots.days("3 or 4 days").days()).isEmpty();
        assertThat(Slots.days("a week or two").ambiguous()).isTrue();
        assertThat(Slots.days("a few days").ambiguous()).isTrue();
    }

    @Test
    void days_are_read_in_figures_words_and_weeks() {
        assertThat(Slots.days("3").days()).contains(3);
        assertThat(Slots.days("three days please").days()).contains(3);
        assertThat(Slots.days("a week").days()).contains(7);
        assertThat(Slots.days("a fortnight").days()).contains(14);
        assertThat(Slots.days("no delay").days()).contains(0);
        assertThat(Slots.days("whenever").days()).isEmpty();
    }

    @Test
    void a_choice_is_picked_by_ordinal_year_or_position() {
        List<String> labels =
                List.of("Liam O'Brien, year 10, UCI 401232601514A", "Liam O'Brien, year 12, UCI 401232601515B");
        assertThat(Slots.choice("the second one", labels)).isEqualTo(1);
        assertThat(Slots.choice("the year 10 one", labels)).isEqualTo(0);
        assertThat(Slots.choice("last", labels)).isEqualTo(1);
        assertThat(Slots.choice("the year 13 one", labels)).isEqualTo(-1);
        assertThat(Slots.choice("no idea", labels)).isEqualTo(-1);
    }

    @Test
    void yes_and_no_are_read_from_ordinary_answers() {
        assertThat(Slots.yesNo("yep go ahead")).isEqualTo(Slots.YesNo.YES);
        assertThat(Slots.yesNo("Yes please!")).isEqualTo(Slots.YesNo.YES);
        assertThat(Slots.yesNo("no, not yet")).isEqualTo(Slots.YesNo.NO);
        assertThat(Slots.yesNo("what does that mean")).isEqualTo(Slots.YesNo.UNCLEAR);
    }

    @Test
    void a_typed_reason_becomes_one_of_the_allowed_reasons_or_none() {
        assertThat(Slots.removalReason("security breach")).contains("SECURITY_BREACH");
        assertThat(Slots.removalReason("they were cheating")).contains("SUSPECTED_MISUSE");
        assertThat(Slots.removalReason("a safeguarding concern")).contains("WELFARE_CONCERN");
        assertThat(Slots.removalReason("she left the school")).isEqualTo(Optional.empty());
    }
}
