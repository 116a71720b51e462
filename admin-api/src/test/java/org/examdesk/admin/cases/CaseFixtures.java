package org.examdesk.admin.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.examdesk.knowledge.KnowledgeBase;

/** Shared bits of the cases integration tests: the server, a valid case body, London times, opening a case. */
public final class CaseFixtures {
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** The {@code contact} member of a case body: every detail the contact form requires. */
    public static final String CONTACT =
            """
            "contact":{"name":"Priya Shah","email":"priya@riverside.example","phone":"01632 960 000",
            "country":"United Kingdom","language":"English","institution":"Riverside School"}""";

    private CaseFixtures() {}

    public static KnowledgeBase knowledge() {
        return TestServer.articles();
    }

    /**
     * The admin API as the cases tests run it: a fresh demo database, the given clock, sessions that outlive a
     * clock moved on by weeks, and a request limit that lets a 10 MB + 1 byte attachment reach the rules.
     */
    public static TestServer server(Clock clock) {
        return new TestServer()
                .clock(clock)
                .sessionTtl(Duration.ofDays(60))
                .maxRequestSize(12L * 1024 * 1024)
                .start();
    }

    public static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    public static String body(
            String customerType, String issueType, String category, String subcategory, String option) {
        return """
                {"customerType":"%s","issueType":"%s","category":"%s","subcategory":"%s",
                 "qualification":"gcse","qualificationSubject":"mathematics",
                 "subject":"Student locked out","description":"Sam cannot sign in after three tries.",
                 "supportOption":"%s",
                 %s}
                """
                .formatted(customerType, issueType, category, subcategory, option, CONTACT);
    }

    public static String accountsCase(String option) {
        return body("centre", "accounts-access", "student-accounts", "locked", option);
    }

    public static Response open(TestHttp http, String token, String body) {
        Response created = http.post("/api/v1/cases", body, token);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created;
    }

    public static String number(TestHttp http, String token, String body) {
        return open(http, token, body).json().get("number").asText();
    }
}
