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

/** From "NO candidates have access" to letters for all, and stale letters after a change, in the chat. */
class ResultsAccessFlowIT {
    @RegisterExtension
    static final TestApp session = new TestApp();

    private static TestHttp http;
    private static String officer;

    @BeforeAll
    static void start() {
        http = session.http();
        officer = http.login("officer@hillside.example", DemoData.PASSWORD);
    }

    /** Asks for the status every 250 ms (at most 60 s) until the chat says the letters are ready. */
    private static void awaitLetters(ChatDriver chat) {
        AtomicBoolean looked = new AtomicBoolean();
        Await.atMost(Duration.ofSeconds(60))
                .every(Duration.ofMillis(250))
                .until(
                        "the letters to be ready",
                        () -> {
                            if (looked.getAndSet(true)) {
                                chat.say("status");
                            }
                            return chat.text();
                        },
                        text -> text.contains("The letters are ready"));
        assertThat(chat.text()).contains("The letters are ready");
    }

    @Test
    void all_candidates_get_access_and_letters_and_a_later_delay_change_is_flagged_for_regeneration() throws Exception {
        ChatDriver chat = new ChatDriver(http, officer);

        chat.say("give all my candidates results access for November");
        assertThat(chat.text()).contains("November 2026", "candidates have valid entries");
        chat.say("Daniel Hughes");
        chat.say("exams@hillside.example");
        chat.press("No delay");
        assertThat(chat.text()).contains("Give ALL", "Daniel Hughes (exams@hillside.example)", "agrees to handle");
        chat.press("Yes, do it");
        awaitLetters(chat);

        assertThat(chat.text()).contains("letters.pdf", "letters.zip", "screenshots");
        long seriesId = seriesId("November");
        assertThat(http.get("/api/v1/results-access/" + seriesId, officer)
                        .json()
                        .get("mode")
                        .asText())
                .isEqualTo("ALL");

        JsonNode access =
                http.get("/api/v1/results-access/" + seriesId, officer).json();
        http.put(
                "/api/v1/results-access/" + seriesId,
                "{\"mode\":\"ALL\",\"agreedToHandleQueries\":true,"
                        + "\"contact\":{\"name\":\"Daniel Hughes\",\"email\":\"exams@hillside.example\"},\"delayDays\":3}",
                officer);
        assertThat(access.at("/letters/stale").asInt()).isZero();

        ChatDriver later = new ChatDriver(http, officer);
        later.say("I changed the delay for November");
        assertThat(later.text()).contains("out of date");
        later.press("Yes, do it");
        awaitLetters(later);
        assertThat(http.get("/api/v1/results-access/" + seriesId, officer)
                        .json()
                        .at("/letters/stale")
                        .asInt())
                .isZero();
    }

    @Test
    void a_candidate_without_access_is_explained() {
        ChatDriver chat = new ChatDriver(http, officer);

        chat.say("why can't candidate 0001 log in for June 2026");

        assertThat(chat.text()).contains("candidate 0001");
    }

    @Test
    void a_series_not_open_yet_says_when_it_opens() {
        ChatDriver chat = new ChatDriver(http, officer);

        chat.say("give all my candidates results access for June 2027");

        assertThat(chat.text()).contains("can be created from 2027-");
    }

    private static long seriesId(String prefix) {
        for (JsonNode s : http.get("/api/v1/series", officer).json().get("items")) {
            if (s.get("name").asText().startsWith(prefix)) {
                return s.get("id").asLong();
            }
        }
        throw new AssertionError("no series " + prefix);
    }
}
