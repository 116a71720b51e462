package org.examdesk.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.javalin.Javalin;
import java.net.URI;
import java.util.stream.Collectors;
import org.examdesk.admin.db.Database;
import org.examdesk.admin.testing.TestDatabase;
import org.examdesk.admin.testing.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A statement that fails on a value a person typed (a date of birth, an email) is answered 500 in the one error
 * shape, and neither the answer nor any log line carries the value.
 */
class DatabaseErrorLogIT {
    private static final String SECRET_DOB = "2009-02-30";
    private static final String SECRET_EMAIL = "zoe.private@example.org";

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Database database;
    private Javalin server;

    @BeforeEach
    void start() {
        logged.start();
        root.addAppender(logged);
        database = TestDatabase.fresh();
        database.jdbi().useHandle(h -> h.execute("create table people (email text unique)"));
        server = Javalin.create(cfg -> {
                    ErrorHandlers.install(cfg);
                    cfg.routes.get(
                            "/dob", ctx -> database.jdbi().withHandle(h -> h.createQuery("select cast(:dob as date)")
                                    .bind("dob", SECRET_DOB)
                                    .mapTo(String.class)
                                    .one()));
                    cfg.routes.get("/twice", ctx -> database.jdbi().useHandle(h -> {
                        h.createUpdate("insert into people values (:e)")
                                .bind("e", SECRET_EMAIL)
                                .execute();
                        h.createUpdate("insert into people values (:e || 'x'), (:e || 'x')")
                                .bind("e", SECRET_EMAIL)
                                .execute();
                    }));
                })
                .start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        root.detachAppender(logged);
        server.stop();
        database.close();
    }

    @Test
    void a_value_postgresql_refuses_is_kept_out_of_the_answer_and_the_log() {
        TestHttp.Response answer = http().get("/dob", null);

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.json().get("error").asText()).isEqualTo("server_error");
        assertThat(answer.body()).doesNotContain(SECRET_DOB);
        assertThat(everythingLogged()).contains("SQLState 22008").doesNotContain(SECRET_DOB);
    }

    @Test
    void a_duplicate_is_a_409_and_the_duplicated_value_is_never_logged() {
        TestHttp.Response answer = http().get("/twice", null);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(everythingLogged()).doesNotContain(SECRET_EMAIL);
    }

    private TestHttp http() {
        return new TestHttp(URI.create("http://127.0.0.1:" + server.port()));
    }

    private String everythingLogged() {
        return logged.list.stream()
                .map(e -> e.getFormattedMessage()
                        + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .collect(Collectors.joining("\n"));
    }
}
