package org.examdesk.bot.channels.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.examdesk.bot.TestApp;
import org.examdesk.bot.flows.UnderstandingCases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kinds of message the rule list got wrong, as signed Slack DMs, in phrasings not in the examples. */
class SlackUnderstandingIT {
    private static TestApp app;
    private static SlackRequests t;

    @BeforeAll
    static void start() {
        app = new TestApp().slack().start();
        t = new SlackRequests(app);
        for (String user : List.of("U3001", "U3002", "U3003", "U3004", "U3005")) {
            t.link(user, "officer@riverside.example");
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String dm(String user, String text) {
        return t.dm(user, "D" + user, text).param("blocks");
    }

    @Test
    void every_kind_of_one_message_case_is_understood_in_slack() {
        int n = 0;
        for (UnderstandingCases.Case c : UnderstandingCases.ALL) {
            String user = "U39" + String.format("%02d", n++);
            t.link(user, "officer@riverside.example");
            c.check(dm(user, c.message()).replace("\\u0027", "'"));
        }
    }

    @Test
    void a_possessive_name_without_accents_is_the_student() {
        assertThat(dm("U3001", "morning! bjorn angstrom's account hasn't been activated, why?"))
                .contains("Björn Ångström");
    }

    @Test
    void a_status_word_is_not_taken_for_a_name_and_a_task_question_is_answered_from_the_article() {
        String blocks = dm("U3002", "what should I do when a pupil shows as Locked?");
        assertThat(blocks).doesNotContain("can't find a student called Locked").contains("/help/");
    }

    @Test
    void complaints_and_call_backs_open_the_right_case() {
        assertThat(dm("U3003", "I would like to raise a formal complaint please"))
                .contains("complaint");
        assertThat(dm("U3004", "please could someone phone me about our entries"))
                .contains("call you");
    }

    @Test
    void a_new_request_in_the_middle_of_a_flow_asks_before_leaving_it() {
        dm("U3005", "I would like to raise a formal complaint please");
        assertThat(dm("U3005", "actually can you give high stakes access back to Aoife D'Arcy"))
                .contains("Shall I leave it");
    }
}
