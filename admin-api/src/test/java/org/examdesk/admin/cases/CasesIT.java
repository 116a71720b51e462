package org.examdesk.admin.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examdesk.admin.cases.CaseFixtures.accountsCase;
import static org.examdesk.admin.cases.CaseFixtures.body;
import static org.examdesk.admin.cases.CaseFixtures.london;
import static org.examdesk.admin.cases.CaseFixtures.number;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.MutableClock;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CasesIT {
    private static final MutableClock clock = new MutableClock(london("2026-06-03T10:00"));
    private static TestServer server;
    private static TestHttp http;
    private static String officer;
    private static String hillside;

    @BeforeAll
    static void start() {
        server = CaseFixtures.server(clock);
        http = server.http();
        officer = http.login("officer@riverside.example", DemoData.PASSWORD);
        hillside = http.login("officer@hillside.example", DemoData.PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void wednesdayMorning() {
        clock.set(london("2026-06-03T10:00"));
    }

    @Test
    void the_taxonomy_gives_the_whole_cascade_without_signing_in() {
        Response taxonomy = http.get("/api/v1/cases/taxonomy", null);

        assertThat(taxonomy.status()).isEqualTo(200);
        assertThat(taxonomy.json()
                        .at("/customerTypes/0/issueTypes/0/categories/0/subcategories/0/value")
                        .asText())
                .isNotBlank();
        assertThat(taxonomy.json().at("/qualifications/0/subjects/0/label").asText())
                .isNotBlank();
        String all = taxonomy.body();
        for (String category : List.of(
                "student-accounts",
                "candidate-results-website",
                "entries-registrations",
                "bookings",
                "claims-certificates",
                "\"results\"",
                "support-portal",
                "special-considerations",
                "complaints",
                "associates")) {
            assertThat(all).contains(category);
        }
    }

    @Test
    void a_message_case_over_a_weekend_and_a_bank_holiday_is_due_on_the_right_working_day() {
        clock.set(london("2026-05-01T10:00")); // Friday; Monday 4 May is a bank holiday

        Response created = CaseFixtures.open(http, officer, accountsCase("MESSAGE"));

        assertThat(created.json().get("number").asText()).matches("[0-9]{8}");
        assertThat(created.json().get("status").asText()).isEqualTo("NEW");
        assertThat(created.json().get("queue").asText()).isEqualTo("centre-accounts");
        assertThat(created.json().get("dueAt").asText())
                .isEqualTo(london("2026-05-06T10:00").toString());
        assertThat(created.json().get("message").asText()).isEqualTo("We aim to respond within 48 hours.");
        String number = created.json().get("number").asText();
        assertThat(outboxSubjects("priya@riverside.example")).contains("Case " + number + ": we have your request");
        assertThat(auditActions(number)).contains("case.create");
    }

    @Test
    void targets_and_queues_follow_the_routing_rules() {
        assertRoute(body("centre", "feedback", "complaints", "service", "MESSAGE"), "complaints", 10);
        assertRoute(body("associate", "associate-work", "associates", "allocation", "MESSAGE"), "associates", 3);
        assertRoute(
                body("centre", "entries-assessment", "special-considerations", "illness", "MESSAGE"),
                "special-considerations",
                5);
        assertRoute(
                body("parent", "my-childs-results", "results", "grade-query", "MESSAGE"), "students-and-parents", 5);
        assertRoute(
                body("centre", "results-certification", "claims-certificates", "bulk-claims", "MESSAGE"),
                "learner-management",
                2);
    }

    private void assertRoute(String body, String queue, int days) {
        String number = number(http, officer, body);
        JsonNode details = http.get("/api/v1/cases/" + number, officer).json();
        assertThat(details.get("queue").asText()).isEqualTo(queue);
        assertThat(details.get("targetDays").asInt()).isEqualTo(days);
    }

    @Test
    void missing_mandatory_fields_are_all_listed() {
        Response response = http.post("/api/v1/cases", "{\"subject\":\"Help\"}", officer);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("details"))
                .extracting(JsonNode::asText)
                .containsExactly(
                        "customerType",
                        "issueType",
                        "category",
                        "subcategory",
                        "qualification",
                        "qualificationSubject",
                        "description",
                        "supportOption");
        assertThat(response.json().get("message").asText()).contains("customerType", "description");
    }

    @Test
    void a_subcategory_of_another_category_is_refused() {
        Response response = http.post(
                "/api/v1/cases",
                body("centre", "accounts-access", "student-accounts", "grade-query", "MESSAGE"),
                officer);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("details")).extracting(JsonNode::asText).containsExactly("subcategory");
        assertThat(response.json().get("message").asText())
                .contains("does not belong to the category Student results accounts");
    }

    @Test
    void a_subject_of_another_qualification_and_an_unknown_support_option_are_refused() {
        String wrongSubject = accountsCase("MESSAGE").replace("\"mathematics\"", "\"psychology\"");
        assertThat(http.post("/api/v1/cases", wrongSubject, officer)
                        .json()
                        .get("details")
                        .get(0)
                        .asText())
                .isEqualTo("qualificationSubject");
        Response option = http.post("/api/v1/cases", accountsCase("FAX"), officer);
        assertThat(option.status()).isEqualTo(422);
        assertThat(option.json().get("details").get(0).asText()).isEqualTo("supportOption");
    }

    @Test
    void chat_is_refused_outside_business_hours() {
        clock.set(london("2026-06-06T11:00")); // Saturday

        Response response = http.post("/api/v1/cases", accountsCase("CHAT"), officer);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("message").asText()).contains("09:00", "CALL or MESSAGE");
    }

    @Test
    void another_users_case_is_not_found_but_an_agent_sees_it() {
        String number = number(http, officer, accountsCase("MESSAGE"));

        assertThat(http.get("/api/v1/cases/" + number, hillside).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/cases/" + number + "/comments", "{\"text\":\"mine?\"}", hillside)
                        .status())
                .isEqualTo(404);
        String agent = http.login("agent@examdesk.example", DemoData.PASSWORD);
        assertThat(http.get("/api/v1/cases/" + number, agent).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/cases/99999999x", officer).status()).isEqualTo(404);
    }

    @Test
    void a_case_shows_its_details_and_history() {
        String number = number(http, officer, accountsCase("MESSAGE"));

        JsonNode details = http.get("/api/v1/cases/" + number, officer).json();

        assertThat(details.get("subject").asText()).isEqualTo("Student locked out");
        assertThat(details.at("/contact/email").asText()).isEqualTo("priya@riverside.example");
        assertThat(details.get("categoryLabel").asText()).isEqualTo("Student results accounts");
        assertThat(details.get("queueLabel").asText()).isEqualTo("Centre accounts");
        assertThat(details.get("activity"))
                .extracting(a -> a.get("kind").asText())
                .containsExactly("CREATED", "OWNER_CHANGED");
        assertThat(details.at("/activity/1/body").asText()).contains("Centre accounts");
    }

    @Test
    void my_cases_are_listed_filtered_and_sorted_and_nobody_elses() {
        String first = number(http, officer, accountsCase("MESSAGE"));
        clock.set(london("2026-06-03T11:00"));
        String second = number(http, officer, accountsCase("MESSAGE"));

        Response mine = http.get("/api/v1/cases?mine=true&status=NEW&sort=created&page=1&size=100", officer);

        assertThat(mine.status()).isEqualTo(200);
        List<String> numbers = new ArrayList<>();
        mine.json().get("items").forEach(i -> numbers.add(i.get("number").asText()));
        assertThat(numbers).contains(first, second);
        assertThat(numbers.indexOf(second)).isLessThan(numbers.indexOf(first));
        Response theirs = http.get("/api/v1/cases?mine=true", hillside);
        theirs.json().get("items").forEach(i -> assertThat(i.get("number").asText())
                .isNotIn(first, second));
        assertThat(http.get("/api/v1/cases?sort=drop+table", officer).status()).isEqualTo(422);
        assertThat(http.get("/api/v1/cases?status=LOST", officer).status()).isEqualTo(422);
    }

    @Test
    void my_open_and_my_finished_cases_are_listed_apart() {
        String agent = http.login("agent@examdesk.example", DemoData.PASSWORD);
        String open = number(http, officer, accountsCase("MESSAGE"));
        String resolved = number(http, officer, accountsCase("MESSAGE"));
        assertThat(http.put("/api/v1/cases/" + resolved + "/status", "{\"status\":\"RESOLVED\"}", agent)
                        .status())
                .isEqualTo(200);

        List<String> openOnes = numbers(http.get("/api/v1/cases?mine=true&status=open&sort=due&size=100", officer));
        List<String> finished = numbers(http.get("/api/v1/cases?mine=true&status=finished&size=100", officer));

        assertThat(openOnes).contains(open).doesNotContain(resolved);
        assertThat(finished).contains(resolved).doesNotContain(open);
    }

    private static List<String> numbers(Response page) {
        assertThat(page.status()).isEqualTo(200);
        List<String> numbers = new ArrayList<>();
        page.json().get("items").forEach(i -> numbers.add(i.get("number").asText()));
        return numbers;
    }

    @Test
    void contact_details_are_prefilled_from_the_previous_case() {
        String teacher = http.login("teacher@riverside.example", DemoData.PASSWORD);
        JsonNode before = http.get("/api/v1/cases/contact-defaults", teacher).json();
        assertThat(before.get("source").asText()).isEqualTo("profile");
        assertThat(before.get("email").asText()).isEqualTo("teacher@riverside.example");
        assertThat(before.get("country").asText()).isEqualTo("United Kingdom");
        assertThat(before.get("institution").asText()).isNotBlank();
        assertThat(before.get("phone").isNull()).isTrue();
        String noContact = accountsCase("MESSAGE").replaceAll(",\\s*\"contact\":\\{[^}]*}", "");
        TestHttp.Response incomplete = http.post("/api/v1/cases", noContact, teacher);
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.json().get("message").asText()).contains("missing: phone number, language");

        String withPhone = accountsCase("MESSAGE").replace("priya@riverside.example", "grace.o@riverside.example");
        CaseFixtures.open(http, teacher, withPhone);

        JsonNode after = http.get("/api/v1/cases/contact-defaults", teacher).json();
        assertThat(after.get("source").asText()).isEqualTo("previous-case");
        assertThat(after.get("email").asText()).isEqualTo("grace.o@riverside.example");
        assertThat(after.get("phone").asText()).isEqualTo("01632 960 000");
        assertThat(after.get("language").asText()).isEqualTo("English");
        String number = number(http, teacher, noContact);
        assertThat(http.get("/api/v1/cases/" + number, teacher)
                        .json()
                        .at("/contact/email")
                        .asText())
                .isEqualTo("grace.o@riverside.example");
    }

    @Test
    void comments_keep_html_as_given_and_refuse_more_than_ten_thousand_characters() {
        String number = number(http, officer, accountsCase("MESSAGE"));

        Response html = http.post(
                "/api/v1/cases/" + number + "/comments",
                "{\"text\":\"<script>alert(1)</script> still locked\"}",
                officer);
        Response tooLong = http.post(
                "/api/v1/cases/" + number + "/comments", "{\"text\":\"" + "x".repeat(10_001) + "\"}", officer);

        assertThat(html.status()).isEqualTo(201);
        JsonNode last =
                html.json().get("activity").get(html.json().get("activity").size() - 1);
        assertThat(last.get("kind").asText()).isEqualTo("REQUESTER_COMMENT");
        assertThat(last.get("body").asText()).isEqualTo("<script>alert(1)</script> still locked");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().get("message").asText()).contains("10,000");
        assertThat(http.post("/api/v1/cases/" + number + "/comments", "{\"text\":\"x".repeat(1) + "\"}", officer)
                        .status())
                .isEqualTo(201);
    }

    @Test
    void a_case_and_a_comment_sent_twice_with_one_idempotency_key_are_made_once() {
        Map<String, String> key = Map.of("Idempotency-Key", "case-retry-0001");
        long before = casesOf("priya@riverside.example");

        Response first = http.send("POST", "/api/v1/cases", accountsCase("MESSAGE"), officer, key);
        Response retry = http.send("POST", "/api/v1/cases", accountsCase("MESSAGE"), officer, key);
        Response otherBody = http.send(
                "POST",
                "/api/v1/cases",
                accountsCase("MESSAGE").replace("Student locked out", "Another"),
                officer,
                key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("number").asText())
                .isEqualTo(first.json().get("number").asText());
        assertThat(otherBody.status())
                .as("a different case with the same key is refused")
                .isEqualTo(422);
        assertThat(casesOf("priya@riverside.example")).isEqualTo(before + 1);

        String comments = "/api/v1/cases/" + first.json().get("number").asText() + "/comments";
        Map<String, String> commentKey = Map.of("Idempotency-Key", "comment-retry-0001");
        http.send("POST", comments, "{\"text\":\"still locked\"}", officer, commentKey);
        Response again = http.send("POST", comments, "{\"text\":\"still locked\"}", officer, commentKey);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("activity"))
                .extracting(a -> a.get("kind").asText())
                .containsOnlyOnce("REQUESTER_COMMENT");
    }

    private static long casesOf(String email) {
        return server.database().jdbi().withHandle(h -> h.createQuery(
                        "select count(*) from cases where contact_email = :e")
                .bind("e", email)
                .mapTo(Long.class)
                .one());
    }

    private static List<String> outboxSubjects(String recipient) {
        return server.database().jdbi().withHandle(h -> h.createQuery(
                        "select subject from outbox where recipient = :r order by id")
                .bind("r", recipient)
                .mapTo(String.class)
                .list());
    }

    private static List<String> auditActions(String number) {
        return server.database().jdbi().withHandle(h -> h.createQuery(
                        "select action from audit_log where target_type = 'case' and target_id = :n order by id")
                .bind("n", number)
                .mapTo(String.class)
                .list());
    }
}
