package org.examdesk.bot.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.bot.TestApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The kinds of message the rule list got wrong, through the HTTP channel, in phrasings that are not among the
 * training examples: names as people type them, questions versus requests, hand-offs, case numbers, answers
 * inside a flow.
 */
class UnderstandingIT {
    @RegisterExtension
    static final TestApp session = new TestApp();

    private static TestHttp http;
    private static String officer;

    @BeforeAll
    static void start() {
        http = session.http();
        officer = http.login("officer@riverside.example", DemoData.PASSWORD);
    }

    private static ChatDriver officer() {
        return new ChatDriver(http, officer);
    }

    private static List<String> cards(JsonNode replies) {
        List<String> ids = new ArrayList<>();
        replies.forEach(r -> {
            if ("article".equals(r.path("type").asText())) {
                ids.add(r.path("id").asText());
            }
        });
        return ids;
    }

    @Test
    void every_kind_of_one_message_case_is_understood_over_the_http_channel() {
        for (UnderstandingCases.Case c : UnderstandingCases.ALL) {
            ChatDriver chat = officer();
            c.check(chat.say(c.message()).toString());
        }
    }

    @Test
    void a_name_in_lower_case_without_accents_or_with_a_title_is_found() {
        ChatDriver chat = officer();
        chat.say("could you unlock ms siobhan oconnor");
        assertThat(chat.text()).contains("Siobhán O'Connor", "Reactivate the account of Siobhán O'Connor");

        ChatDriver other = officer();
        other.say("whats up with mcdonald's login");
        assertThat(other.text()).contains("Ewan McDonald");
    }

    @Test
    void a_surname_alone_with_one_typo_is_found_and_a_shared_name_is_a_choice_with_year_and_uci() {
        ChatDriver chat = officer();
        chat.say("please reactivate lukasiewic");
        assertThat(chat.text()).contains("Zoë Łukasiewicz");

        ChatDriver both = officer();
        both.say("liam o'brien cant sign in");
        assertThat(both.text()).contains("2 students match", "Which one?");
        both.say("the year 12 one");
        assertThat(both.text()).contains("Liam O'Brien, year 12", "Not Activated");
    }

    @Test
    void an_unknown_name_says_so_with_the_closest_names_and_another_centres_student_is_not_revealed() {
        ChatDriver chat = officer();
        chat.say("reactivate Zoe Lukasiewiczowa-Brown");
        assertThat(chat.text()).contains("can't find a student called", "Zoë Łukasiewicz");
        chat.say("Katarzyna Wiśniewska");
        assertThat(chat.text())
                .contains("can't find a student called Katarzyna Wiśniewska at your centre")
                .doesNotContain("closest names are Katarzyna", "Hillside", "year 11");
    }

    @Test
    void a_new_address_given_in_a_sentence_is_read_as_the_answer() {
        ChatDriver chat = officer();
        chat.say("Chloé Dubois needs her email address updating");
        assertThat(chat.text()).contains("What is the correct email address for Chloé Dubois");
        chat.say("her new one is chloe.d@home.example thanks");
        assertThat(chat.text()).contains("to chloe.d@home.example");
    }

    @Test
    void a_typed_reason_is_one_of_the_allowed_reasons() {
        ChatDriver chat = officer();
        chat.say("take high stakes results access away from Aoife D'Arcy");
        assertThat(chat.text()).contains("Why are you removing access?");
        chat.say("we think there has been a security breach");
        assertThat(chat.text()).contains("Remove", "Aoife D'Arcy", "security breach");
    }

    @Test
    void when_can_i_create_logins_says_when_and_offers_the_next_step() {
        ChatDriver chat = officer();
        chat.say("from what date am I able to make candidate logins for June 2027?");
        assertThat(chat.text())
                .contains("June 2027", "created from 2027-03-22")
                .doesNotContain("What is that person's name");

        ChatDriver open = officer();
        JsonNode replies = open.say("how early can we generate the candidate results logins for November 2026?");
        assertThat(open.text()).contains("November 2026").doesNotContain("What is that person's name");
        assertThat(replies.toString()).contains("Give candidates results access now");
    }

    @Test
    void a_how_question_about_a_task_answers_from_the_article_and_offers_it() {
        ChatDriver chat = officer();
        JsonNode replies = chat.say("how does reactivating a locked student account work?");
        assertThat(cards(replies)).contains("reactivate-locked-account");
        assertThat(chat.text()).contains("From \u201c");
        chat.press("Reactivate a student now");
        assertThat(chat.text()).contains("Which student should I reactivate");
    }

    @Test
    void an_exams_officer_gets_the_staff_article_before_the_students_one() {
        ChatDriver chat = officer();
        List<String> shown = cards(chat.say("one of my students is locked out, what should i do about it"));

        assertThat(shown).isNotEmpty();
        assertThat(shown.get(0)).isNotEqualTo("student-cannot-log-in");
        assertThat(shown).contains("reactivate-locked-account");
    }

    @Test
    void yes_thanks_records_that_the_article_helped_through_the_admin_api() {
        long before = http.get("/api/v1/articles/uci-and-uln", null)
                .json()
                .get("helpful")
                .asLong();
        ChatDriver chat = officer();
        JsonNode replies = chat.say("what is the difference between a uci and a uln?");
        assertThat(cards(replies)).first().isEqualTo("uci-and-uln");
        chat.press("Yes, thanks");

        assertThat(chat.text()).contains("Glad that helped");
        assertThat(http.get("/api/v1/articles/uci-and-uln", null)
                        .json()
                        .get("helpful")
                        .asLong())
                .isEqualTo(before + 1);
    }

    @Test
    void an_anonymous_visitor_asking_a_general_question_is_not_put_through_the_identity_check() {
        ChatDriver visitor = new ChatDriver(http, null);
        visitor.say("is signing in needed before I can read your help pages?");
        assertThat(visitor.text()).doesNotContain("email address", "date of birth");
    }

    @Test
    void a_case_description_that_names_a_student_stays_the_description() {
        ChatDriver chat = officer();
        chat.say("open a case");
        chat.pickFirstOptions(6);
        assertThat(chat.text()).contains("In one line");
        chat.say("Result slips missing");
        chat.say("Sam Patel cannot log in to his results account and is locked out");
        assertThat(chat.text()).doesNotContain("Reactivate the account of Sam Patel");
        chat.answerContactQuestions();
        assertThat(chat.text()).containsAnyOf("How would you like us to help?", "Open a case about");
    }

    @Test
    void an_ambiguous_delay_is_asked_again() {
        ChatDriver chat = officer();
        chat.say("give all my candidates results access for November 2026");
        chat.say("Dana Whitfield");
        chat.say("dana.w@riverside.example");
        chat.say("3 or 4 days");
        assertThat(chat.text()).contains("Which one exactly?").doesNotContain("34");
        chat.say("4 days");
        assertThat(chat.text()).contains("a delay of 4 days");
    }

    @Test
    void awkward_messages_get_a_polite_answer() {
        for (String text : List.of(
                "   ",
                "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00",
                "Diolch yn fawr am eich help",
                "Привет, my student 山田 cannot log in",
                "x".repeat(3999))) {
            ChatDriver chat = officer();
            JsonNode replies = chat.say(text);
            assertThat(replies.size()).isPositive();
        }
    }

    private static String say(String text) {
        ChatDriver chat = officer();
        chat.say(text);
        return chat.text();
    }
}
