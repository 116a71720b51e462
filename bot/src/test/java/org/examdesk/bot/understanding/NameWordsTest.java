package org.examdesk.bot.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameWordsTest {
    private final NameWords words = NameWords.standard();

    @Test
    void possessives_titles_and_task_words_are_not_name_words() {
        assertThat(words.in("Zoë Łukasiewicz's account is locked")).containsExactly("Zoë", "Łukasiewicz");
        assertThat(words.in("can you reactivate Ms O'Connor")).containsExactly("O'Connor");
        assertThat(words.in("James' results access")).containsExactly("James");
    }

    @Test
    void product_role_and_status_words_are_never_looked_up() {
        assertThat(words.in("The Support Portal says Not Activated")).isEmpty();
        assertThat(words.in("I am the Exams Officer and Learner Management is down"))
                .isEmpty();
    }

    @Test
    void emails_and_numbers_are_not_names_and_hyphenated_names_stay_whole() {
        assertThat(words.in("change the email of mary-jane smith-jones to mj@x.example"))
                .containsExactly("mary-jane", "smith-jones");
        assertThat(words.in("401232600042K 12345678")).isEmpty();
    }
}
