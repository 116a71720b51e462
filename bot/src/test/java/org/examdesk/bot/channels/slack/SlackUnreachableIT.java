package org.examdesk.bot.channels.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.examdesk.bot.TestApp;
import org.examdesk.bot.channels.slack.SlackRequests.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** While Slack's Web API cannot be reached, a correctly signed request is a 503 and one log line, no trace. */
class SlackUnreachableIT {
    private static TestApp app;
    private static SlackRequests t;

    @BeforeAll
    static void start() {
        app = new TestApp()
                .slack()
                .env("SLACK_API_BASE_URL", "http://127.0.0.1:" + closedPort() + "/api/")
                .start();
        t = new SlackRequests(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** A port nothing listens on: a connection to it is refused at once. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_signed_event_while_slack_is_unreachable_is_a_503_in_the_one_shape_with_one_log_line_and_no_trace()
            throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        root.addAppender(logged);
        Answer answer;
        try {
            answer = t.post(t.eventCallback("EvDown1", t.mention("U0200", "C0200", "hello", t.ts())));
        } finally {
            root.detachAppender(logged);
        }

        assertThat(answer.status()).isEqualTo(503);
        JsonNode body = new ObjectMapper().readTree(answer.body());
        assertThat(body.get("error").asText()).isEqualTo("unavailable");
        assertThat(body.get("message").asText()).contains("Slack cannot be reached");
        assertThat(body.get("requestId").asText()).isNotBlank();
        assertThat(logged.list).noneMatch(e -> e.getThrowableProxy() != null);
        assertThat(logged.list).noneMatch(e -> e.getLevel() == Level.ERROR);
        assertThat(logged.list)
                .filteredOn(e -> e.getFormattedMessage().contains("Slack could not be reached"))
                .hasSize(1);
    }
}
