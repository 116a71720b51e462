package org.examdesk.bot.flows.learners;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.client.Multipart;
import org.examdesk.admin.testing.Await;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.bot.TestApp;
import org.examdesk.bot.flows.ChatDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The learner-group conversation through the bot's HTTP channel (as the web chat uses it), on the demo data: the demo
 * centre administrator finds the invalid records of the waiting demo group, fixes one, removes one, removes the rest
 * and submits it; an assessor uploads a learner group's file in the chat, names it, fixes its invalid record and
 * submits it; an exams officer is refused, and their files stay a students import. Each change is
 * checked through the admin API.
 */
class LearnerGroupChatIT {
    static final String GROUP = "Year 10 September";

    @RegisterExtension
    static final TestApp session = new TestApp();

    private static TestHttp http;

    @BeforeAll
    static void start() {
        http = session.http();
    }

    static JsonNode group(String token, String name) {
        JsonNode page = http.get("/api/v1/learner-groups?q=" + name.replace(" ", "%20"), token)
                .json();
        for (JsonNode g : page.get("items")) {
            if (g.get("name").asText().equals(name)) {
                return g;
            }
        }
        throw new AssertionError("no group " + name + " in " + page);
    }

    static List<JsonNode> invalid(String token, long group) {
        List<JsonNode> rows = new ArrayList<>();
        http.get("/api/v1/learner-groups/" + group + "/records?valid=false&size=100", token)
                .json()
                .get("items")
                .forEach(rows::add);
        return rows;
    }

    static JsonNode record(String token, long group, int n) {
        for (JsonNode r : http.get("/api/v1/learner-groups/" + group + "/records?size=100", token)
                .json()
                .get("items")) {
            if (r.get("n").asInt() == n) {
                return r;
            }
        }
        return null;
    }

    @Test
    void the_centre_administrator_finds_the_invalid_records_fixes_one_removes_one_and_submits_the_demo_group() {
        String token = session.login("centreadmin@riverside.example");
        long id = group(token, GROUP).get("id").asLong();
        List<JsonNode> before = invalid(token, id);
        ChatDriver chat = new ChatDriver(http, token);

        chat.say("what's wrong with my learner group");
        if (chat.text().contains("Which one?")) {
            chat.say(GROUP);
        }
        assertThat(chat.text()).contains(GROUP, before.size() + " invalid", "Row 9: Noah Fischer", "31/02/2010");
        for (JsonNode r : before) {
            assertThat(chat.text()).contains("Row " + r.get("n").asInt() + ": ");
        }

        chat.say("change row 9's date of birth to 28/02/2010");
        assertThat(chat.text()).contains("Change the date of birth of row 9", "to 28 February 2010");
        chat.press("Yes, do it");
        assertThat(chat.text()).contains("Row 9 is valid now");
        assertThat(record(token, id, 9).get("valid").asBoolean()).isTrue();

        int removed = before.stream()
                .mapToInt(r -> r.get("n").asInt())
                .filter(n -> n != 9)
                .findFirst()
                .orElseThrow();
        chat.say("remove row " + removed);
        assertThat(chat.text()).contains("Remove row " + removed);
        chat.press("Yes, do it");
        assertThat(record(token, id, removed)).isNull();

        chat.say("submit");
        chat.press("Yes, do it");
        assertThat(chat.text()).contains("The group was not submitted", "invalid");
        assertThat(group(token, GROUP).get("state").asText()).isEqualTo("VALIDATED");

        for (JsonNode r : invalid(token, id)) {
            chat.say("remove row " + r.get("n").asInt());
            chat.press("Yes, do it");
        }
        assertThat(chat.text()).contains("Every record is valid", "Submit " + GROUP);
        int valid = group(token, GROUP).get("valid").asInt();
        chat.press("Yes, do it");

        assertThat(chat.text()).contains(GROUP + " is submitted and " + valid + " learners were created");
        JsonNode submitted = group(token, GROUP);
        assertThat(submitted.get("state").asText()).isEqualTo("SUBMITTED");
        JsonNode created = http.get("/api/v1/learners?group=" + id, token).json();
        assertThat(created.get("total").asInt()).isEqualTo(valid);

        // two of the learners the group created are registered on a product after seeing the cost
        String first = DemoLearners.name(created.at("/items/0"));
        String second = DemoLearners.name(created.at("/items/1"));
        ChatDriver order = new ChatDriver(http, token);
        order.say("register " + first + " and " + second + " on the " + DemoLearners.TEACHING_TITLE);
        order.say("1/9/2026 to 30/6/2027");
        order.say("no purchase order");
        assertThat(order.text())
                .contains(first, second, "\u00a365.00 per registration \u00d7 2 = \u00a3130.00 in total");
        order.press("Yes, do it");
        assertThat(order.text()).contains("Done: order", first, second, "\u00a3130.00");
    }

    @Test
    void an_assessor_uploads_a_learner_group_in_the_chat_names_it_fixes_it_and_submits_it() throws Exception {
        String token = session.login("assessor@riverside.example");
        ChatDriver chat = new ChatDriver(http, token);
        String csv = "Given name,Family name,Date of birth,Gender,ULN\n"
                + "Tegan,Groupchat,14/03/2010,Female,\n"
                + "Rhys,Groupchat,31/04/2010,Male,\n";

        chat.answered(upload(chat.id(), token, "spring.csv", csv, Map.of()).get("replies"));
        assertThat(chat.text()).contains("spring.csv has the columns of a learner group", "What should I call");
        chat.say("Spring intake chat");
        assertThat(chat.text())
                .contains("Uploaded spring.csv as the learner group Spring intake chat", "validating...");
        String shown = Await.atMost(Await.DEFAULT)
                .until(
                        "the group's check",
                        () -> chat.text().contains("still being validated") ? text(chat, "is it ready?") : chat.text(),
                        t -> !t.contains("still being validated"));
        assertThat(shown).contains("1 valid and 1 invalid", "Row 3: Rhys Groupchat");

        chat.say("change Rhys's date of birth to 30/04/2010");
        chat.press("Yes, do it");
        assertThat(chat.text()).contains("Row 3 is valid now", "Every record is valid");
        chat.press("Yes, do it");

        assertThat(chat.text()).contains("Spring intake chat is submitted and 2 learners were created");
        assertThat(group(token, "Spring intake chat").get("state").asText()).isEqualTo("SUBMITTED");
    }

    @Test
    void an_exams_officer_is_refused_and_their_files_stay_a_students_import() throws Exception {
        String token = session.login("officer@riverside.example");
        ChatDriver chat = new ChatDriver(http, token);

        chat.say("what's wrong with my learner group");
        assertThat(chat.text()).contains("centre administrators and assessors");

        chat.answered(upload(
                        chat.id(),
                        token,
                        "group.csv",
                        "Given name,Family name,Date of birth,Gender,ULN\nAnn,Lee,1/1/2010,Female,\n",
                        Map.of("name", "Officer group", "consent", "true"))
                .get("replies"));

        assertThat(chat.text()).contains("The template's columns are Forename, Surname, UCI");
        String admin = session.login("centreadmin@riverside.example");
        assertThat(http.get("/api/v1/learner-groups?q=Officer", admin)
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
    }

    private static String text(ChatDriver chat, String said) {
        chat.say(said);
        return chat.text();
    }

    static JsonNode upload(String conversation, String token, String filename, String csv, Map<String, String> fields)
            throws Exception {
        Multipart body = Multipart.of(
                fields, new Multipart.FilePart("file", filename, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(session.base() + "bot/v1/conversations/" + conversation + "/files"))
                .header("Content-Type", body.contentType())
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }
}
