package org.examdesk.bot.channels.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.examdesk.admin.testing.Await;
import org.examdesk.admin.testing.TestDatabase;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.bot.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A chat message while the database cannot be reached: the person is told so in the admin API's words, with a 503
 * and {@code Retry-After}, within seconds, not a 500; once the database is back the same conversation goes on. The
 * app runs on a database of its own, which is closed to new connections and has its connections ended.
 */
class HttpChannelOutageIT {
    private String url;
    private TestApp app;

    @BeforeEach
    void start() {
        url = TestDatabase.freshDemoUrl();
        app = new TestApp().database(url).start();
    }

    @AfterEach
    void stop() throws SQLException {
        allowConnections(true);
        app.close();
    }

    @Test
    void a_message_while_the_database_is_down_gets_a_503_with_a_sentence_and_the_chat_goes_on_after() throws Exception {
        TestHttp http = app.http();
        String officer = app.login("officer@riverside.example");
        String conversation = http.post("/bot/v1/conversations", "{}", officer)
                .json()
                .path("id")
                .asText();
        String message = "/bot/v1/conversations/" + conversation + "/messages";

        allowConnections(false);
        long start = System.nanoTime();
        TestHttp.Response down = http.post(message, "{\"text\":\"how do I reactivate a locked student\"}", officer);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(down.status()).as(down.body()).isEqualTo(503);
        assertThat(down.json().path("error").asText()).isEqualTo("unavailable");
        assertThat(down.json().path("message").asText()).contains("database cannot be reached");
        assertThat(down.header("Retry-After")).isEqualTo("10");

        allowConnections(true);
        Await.atMost(Duration.ofSeconds(20))
                .until(
                        "the chat to answer again",
                        () -> http.post(message, "{\"text\":\"how do I reactivate a locked student\"}", officer)
                                        .status()
                                == 200);
    }

    /** Opens or closes the app's database to new connections; closing also ends the ones it has. */
    private void allowConnections(boolean allow) throws SQLException {
        String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        try (Connection admin = DriverManager.getConnection(url.replace("/" + name, "/postgres"), "postgres", null);
                Statement s = admin.createStatement()) {
            s.execute("alter database " + name + " allow_connections " + allow);
            if (!allow) {
                s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name + "'");
            }
        }
    }
}
