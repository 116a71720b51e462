package org.examdesk.admin.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import org.examdesk.admin.client.CaseModels.Contact;
import org.examdesk.admin.client.CaseModels.NewCase;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestServer;
import org.examdesk.admin.web.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CasesClientIT {
    private static TestServer server;
    private static AdminClient admin;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer().start();
        admin = new AdminClient(server.base(), HttpClient.newHttpClient(), Json.mapper());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static CasesClient as(String username) {
        return new CasesClient(admin.as(admin.login(username, DemoData.PASSWORD).token(), "web"));
    }

    @Test
    void the_bot_opens_a_case_for_the_user_and_reads_it_back() {
        CasesClient officer = as("officer@riverside.example");
        var taxonomy = officer.taxonomy();
        var centre = taxonomy.customerTypes().get(0);
        var issue = centre.issueTypes().get(0);
        var category = issue.categories().get(0);

        var opened = officer.open(new NewCase(
                centre.value(),
                issue.value(),
                category.value(),
                category.subcategories().get(0).value(),
                "none",
                "not-applicable",
                "Help with an account",
                "A student cannot activate.",
                "MESSAGE",
                new Contact(
                        "Priya Shah",
                        "officer@riverside.example",
                        "01632 960000",
                        "United Kingdom",
                        "English",
                        "Riverside Academy"),
                null));

        assertThat(opened.number()).matches("[0-9]{8}");
        assertThat(opened.message()).contains("48 hours");
        assertThat(officer.find(opened.number()).latest().kind()).isEqualTo("OWNER_CHANGED");
        assertThat(officer.mine(null, "created", 1).items())
                .anyMatch(c -> c.number().equals(opened.number()));
        assertThat(officer.comment(opened.number(), "More detail").latest().body())
                .isEqualTo("More detail");

        CasesClient agent = as("agent@examdesk.example");
        assertThat(agent.claim(opened.number()).assignedAgent()).isEqualTo("Sofia Marsh");
        assertThat(agent.reply(opened.number(), "Done.").latest().kind()).isEqualTo("AGENT_COMMENT");
        assertThat(agent.setStatus(opened.number(), "RESOLVED", null).status()).isEqualTo("RESOLVED");
    }

    @Test
    void bad_input_arrives_as_an_exception_naming_the_fields() {
        CasesClient officer = as("officer@hillside.example");

        assertThatThrownBy(() ->
                        officer.open(new NewCase(null, null, null, null, null, null, "s", "d", "MESSAGE", null, null)))
                .isInstanceOfSatisfying(AdminApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.details()).contains("customerType", "qualificationSubject");
                });
        assertThatThrownBy(() -> officer.find("12345678"))
                .isInstanceOfSatisfying(
                        AdminApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }
}
