package org.examdesk.bot.channels.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.examdesk.bot.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** A page (or anything else) that sends frames that are not JSON: each is answered, the log gets one line. */
class MalformedFrameIT {
    @RegisterExtension
    static final TestApp session = new TestApp();

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        root.detachAppender(logged);
    }

    @Test
    void every_frame_that_is_not_json_is_answered_with_an_error_and_logged_once_per_connection_without_a_trace() {
        List<String> junk = List.of("x", "{", "not json at all", "{\"type\":", "\u0000", "]");
        try (TestSocket first = TestSocket.open(session.port(), null, null);
                TestSocket second = TestSocket.open(session.port(), null, null)) {
            first.started();
            second.started();

            for (int i = 0; i < 40; i++) {
                first.send(junk.get(i % junk.size()));
                assertThat(first.await("bad_message")).contains("not JSON");
            }
            second.send("still not json");
            assertThat(second.await("bad_message")).contains("\"type\":\"error\"");
            first.send("{\"type\":\"message\",\"seq\":7,\"text\":\"hello\"}");
            first.awaitReplies(7);
        }

        List<ILoggingEvent> aboutFrames = logged.list.stream()
                .filter(e -> e.getFormattedMessage().contains("not JSON"))
                .toList();
        assertThat(aboutFrames).hasSize(2).allSatisfy(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.WARN);
            assertThat(e.getThrowableProxy()).isNull();
        });
        assertThat(logged.list).noneMatch(e -> e.getLevel() == Level.ERROR);
    }
}
