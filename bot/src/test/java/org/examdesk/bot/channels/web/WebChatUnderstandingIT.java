package org.examdesk.bot.channels.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.examdesk.bot.TestApp;
import org.examdesk.bot.flows.UnderstandingCases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The kinds of message the rule list got wrong, over the web chat's WebSocket, in phrasings not in the examples. */
class WebChatUnderstandingIT {
    @RegisterExtension
    static final TestApp session = new TestApp();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static String officer;

    @BeforeAll
    static void signIn() {
        officer = session.login("officer@riverside.example");
    }

    private static String turn(TestSocket page, long seq, String text) {
        page.send(JSON.createObjectNode()
                .put("type", "message")
                .put("seq", seq)
                .put("messageId", "w:" + seq + ":" + text.hashCode())
                .put("text", text)
                .toString());
        return page.awaitReplies(seq).get("replies").toString();
    }

    @Test
    void every_kind_of_one_message_case_is_understood_over_the_web_chat() {
        for (UnderstandingCases.Case c : UnderstandingCases.ALL) {
            TestSocket page = TestSocket.open(session.app().port(), officer, null);
            page.started();
            c.check(turn(page, 1, c.message()));
            page.close();
        }
    }

    @Test
    void names_as_people_type_them_are_found_and_a_new_address_in_a_sentence_is_the_answer() {
        TestSocket page = TestSocket.open(session.app().port(), officer, null);
        page.started();
        assertThat(turn(page, 1, "hiya, mary jane smith jones has forgotten her password"))
                .contains("Mary-Jane Smith-Jones");
        page.close();

        TestSocket other = TestSocket.open(session.app().port(), officer, null);
        other.started();
        assertThat(turn(other, 1, "the email we have for Francois Lefevre is wrong"))
                .contains("François Lefèvre");
        assertThat(turn(other, 2, "it should be f.lefevre@mail.example")).contains("to f.lefevre@mail.example");
        other.close();
    }

    @Test
    void hand_offs_and_case_numbers_are_understood() {
        TestSocket page = TestSocket.open(session.app().port(), officer, null);
        page.started();
        assertThat(turn(page, 1, "id rather talk this through with an actual human"))
                .doesNotContain("I'm not sure");
        page.close();

        TestSocket other = TestSocket.open(session.app().port(), officer, null);
        other.started();
        assertThat(turn(other, 1, "hello, is there news on 99999998?")).contains("can't find case 99999998");
        other.close();
    }

    @Test
    void an_anonymous_general_question_is_answered_from_the_articles_without_an_identity_check() {
        TestSocket page = TestSocket.open(session.app().port(), null, null);
        page.started();
        String replies = turn(page, 1, "am I allowed to share a photo of my provisional results with a college?");
        assertThat(replies).doesNotContain("which email address did your school register");
        page.close();
    }
}
