package org.examdesk.bot.flows.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.Await;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.bot.TestApp;
import org.examdesk.bot.flows.ChatDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Riverside's associate centres set up in the chat against the real admin API: the defaults confirmed once, both
 * associates given access and switched on for all their candidates, and their letters made, acting for each.
 */
class AssociatesChatIT {
    @RegisterExtension
    static final TestApp session = new TestApp();

    private static TestHttp http;
    private static String officer;
    private static long june;

    @BeforeAll
    static void start() {
        http = session.http();
        officer = http.login("officer@riverside.example", DemoData.PASSWORD);
        for (JsonNode s : http.get("/api/v1/series", officer).json().get("items")) {
            if (s.get("name").asText().equals("June 2026")) {
                june = s.get("id").asLong();
            }
        }
        assertThat(june).isPositive();
    }

    @Test
    void the_defaults_give_both_associates_access_and_their_letters_are_made() {
        ChatDriver chat = new ChatDriver(http, officer);
        chat.say("set up results access for our associate centres for june");
        assertThat(chat.text()).contains("Set up your own centre's results access for June 2026 first");
        assertThat(http.put(
                                "/api/v1/results-access/" + june,
                                "{\"mode\":\"ALL\",\"agreedToHandleQueries\":true,\"contact\":{\"name\":\"Priya Shah\","
                                        + "\"email\":\"exams@riverside.example\"},\"delayDays\":1}",
                                officer)
                        .status())
                .isEqualTo(200);

        chat.say("set up results access for our associate centres for june");
        assertThat(chat.text())
                .contains("Your associate centres for June 2026", "Riverside Academy Sixth Form (40124): no access");
        chat.press("Use defaults for all");
        assertThat(chat.text()).contains("Priya Shah answering", "your delay of 1 days");
        chat.press("Yes, do it");
        assertThat(chat.text()).contains("Saved for June 2026", "Riverside Learning Centre (40125): access given");

        AtomicBoolean looked = new AtomicBoolean();
        Await.atMost(Duration.ofSeconds(120))
                .every(Duration.ofMillis(250))
                .until(
                        "the associates' letters to be made",
                        () -> {
                            if (looked.getAndSet(true)) {
                                chat.say("status");
                            }
                            return chat.text();
                        },
                        text -> text.contains("The associates' letters"));
        assertThat(chat.text())
                .contains(
                        "Riverside Academy Sixth Form (40124): ",
                        "Riverside Learning Centre (40125): ",
                        "letters ready")
                .doesNotContain("failed");
        JsonNode saved = http.get("/api/v1/results-access/" + june + "/associates", officer)
                .json();
        assertThat(saved.get("useDefaults").asBoolean()).isTrue();
        for (JsonNode a : saved.get("associates")) {
            assertThat(a.get("giveAccess").asBoolean()).as(a.toString()).isTrue();
            assertThat(a.get("mode").asText()).as(a.toString()).isEqualTo("ALL");
        }
    }
}
