package org.examdesk.bot.flows.learners;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.bot.TestApp;
import org.examdesk.bot.flows.ChatDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Learner management through the bot's HTTP channel, on the demo data, as the demo centre administrator and assessor
 * (who may) and exams officer (who may not): an order of two learners after the cost, an amendment and a case the
 * second time, results; each change checked through the admin API.
 */
class LearnerFlowsIT {
    @RegisterExtension
    static final TestApp session = new TestApp();

    private static TestHttp http;
    private static DemoLearners learners;

    @BeforeAll
    static void start() {
        http = session.http();
        learners = new DemoLearners(http, session.login("centreadmin@riverside.example"));
    }

    private static String find(ChatDriver chat, String type, String field) {
        for (JsonNode reply : chat.last()) {
            if (type.equals(reply.path("type").asText())) {
                return reply.get(field).toString();
            }
        }
        throw new AssertionError("No " + type + " in " + chat.last());
    }

    private static void registersTwoLearnersAfterTheCost(String token) {
        List<JsonNode> two = learners.take(2, DemoLearners.TEACHING);
        String first = DemoLearners.name(two.get(0));
        String second = DemoLearners.name(two.get(1));
        ChatDriver chat = new ChatDriver(http, token);

        chat.say("register " + first + " and " + second + " on the " + DemoLearners.TEACHING_TITLE);
        assertThat(chat.text()).contains("start and end");
        chat.say("1/9/2026 to 30/6/2027");
        assertThat(chat.text()).contains("purchase-order number");
        chat.say("PO 7781");
        assertThat(chat.text())
                .contains(
                        first,
                        second,
                        "603/5836/0",
                        "purchase order 7781",
                        "\u00a365.00 per registration \u00d7 2 = \u00a3130.00 in total");
        assertThat(learners.registeredOn(two.get(0), DemoLearners.TEACHING)).isFalse();
        chat.press("Yes, do it");

        assertThat(chat.text()).contains("Done: order", first, second, "\u00a3130.00", "Reference: ED-");
        assertThat(two).allMatch(l -> learners.registeredOn(l, DemoLearners.TEACHING));
    }

    private static void amendsOnceThenIsOfferedACase(String token) {
        JsonNode learner = learners.take(1, null).get(0);
        String name = DemoLearners.name(learner);
        ChatDriver chat = new ChatDriver(http, token);

        chat.say("change " + name + "'s date of birth to 3 May 2009");
        assertThat(chat.text()).contains(name, "to 3 May 2009", "one amendment");
        chat.press("Yes, do it");
        assertThat(chat.text()).contains("Done", "2009-05-03", "Reference: ED-");
        long id = learner.get("id").asLong();
        assertThat(learners.detail(id).at("/learner/dateOfBirth").asText()).isEqualTo("2009-05-03");

        ChatDriver again = new ChatDriver(http, token);
        again.say("pls change " + name + "'s dob to 04/05/2009");
        assertThat(again.text())
                .contains(
                        "already had the one amendment",
                        "date of birth from",
                        "account specialist",
                        "from 3 May 2009 to 4 May 2009");
        again.press("Open a case");
        again.answerContactQuestions();
        again.press("Send a message");
        again.press("Yes, do it");
        String number = find(again, "case", "number").replace("\"", "");
        JsonNode opened = http.get("/api/v1/cases/" + number, token).json();
        assertThat(opened.get("subcategory").asText()).isEqualTo("learner-amendments");
        assertThat(opened.get("description").asText())
                .contains(
                        name,
                        learner.get("learnerRef").asText(),
                        "On file: 3 May 2009",
                        "Correct date of birth: 4 May 2009");
        assertThat(learners.detail(id).at("/learner/dateOfBirth").asText()).isEqualTo("2009-05-03");
    }

    private static void readsResults(String token) {
        JsonNode chloe = learners.chloeEvans();
        ChatDriver chat = new ChatDriver(http, token);

        chat.say("what did Chloe Evans get in BTEC Sport");
        if (chat.text().contains("Which one?")) {
            chat.press(chloe.at("/learner/learnerRef").asText());
        }

        String overall = "";
        for (JsonNode result : chloe.get("results")) {
            if (result.get("unitCode").isNull()
                    && result.get("productReference").asText().equals("603/0456/1")) {
                overall = result.get("grade").asText();
            }
        }
        assertThat(chat.text()).contains("Chloe Evans got " + overall, "overall in BTEC Level 3");
        assertThat(find(chat, "table", "title"))
                .contains("Chloe Evans", chloe.at("/learner/learnerRef").asText());
        assertThat(find(chat, "table", "rows")).contains("Overall", "603/0456/1");
    }

    @Test
    void the_centre_administrator_registers_two_learners_amends_one_is_offered_a_case_and_reads_results() {
        String token = session.login("centreadmin@riverside.example");

        registersTwoLearnersAfterTheCost(token);
        amendsOnceThenIsOfferedACase(token);
        readsResults(token);
    }

    @Test
    void an_assessor_does_the_same() {
        String token = session.login("assessor@riverside.example");

        registersTwoLearnersAfterTheCost(token);
        amendsOnceThenIsOfferedACase(token);
        readsResults(token);
    }

    @Test
    void
            a_learner_already_registered_on_the_product_is_explained_and_the_demo_learner_with_his_amendment_used_is_offered_a_case() {
        String token = session.login("centreadmin@riverside.example");
        JsonNode chloe = learners.chloeEvans();
        ChatDriver chat = new ChatDriver(http, token);

        chat.say("register " + chloe.at("/learner/learnerRef").asText() + " on the BTEC Level 3 Sport");
        chat.press("That's everyone");
        chat.say("1/9/2026 to 30/6/2028");
        chat.press("No PO number");

        assertThat(chat.text()).contains("I have not placed the order", "already registered", "only once");
        ChatDriver amir = new ChatDriver(http, token);
        amir.say("change Amir Khan's date of birth to 3 May 2009");
        assertThat(amir.text()).contains("already had the one amendment", "family name from Kahn to Khan");
        assertThat(amir.buttonValue("Open a case")).isNotBlank();
    }

    @Test
    void an_exams_officer_is_told_learner_management_is_for_centre_administrators_and_assessors() {
        String officer = session.login("officer@riverside.example");
        JsonNode amir = http.get("/api/v1/learners?q=Amir%20Khan", session.login("centreadmin@riverside.example"))
                .json()
                .at("/items/0");

        for (String message : List.of(
                "register Chloe Evans on the BTEC Level 3 Sport",
                "change Amir Khan's date of birth to 3 May 2009",
                "what did Chloe Evans get in BTEC Sport",
                "find learner Chloe")) {
            ChatDriver chat = new ChatDriver(http, officer);
            chat.say(message);
            assertThat(chat.text()).as(message).contains("for your centre's centre administrators and assessors");
            assertThat(find(chat, "article", "id")).as(message).contains("learner-management-roles");
        }
        assertThat(learners.detail(amir.get("id").asLong())
                        .at("/learner/dateOfBirth")
                        .asText())
                .isEqualTo(amir.get("dateOfBirth").asText());
    }
}
