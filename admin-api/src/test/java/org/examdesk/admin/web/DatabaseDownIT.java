package org.examdesk.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.db.Database;
import org.examdesk.admin.db.EmbeddedDatabase;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin API over a database that has stopped (and is not started again): a request that needs it gets a 503
 * with the one error shape and a sentence within the pool's 3 s, not a 500 after 30 s; the article search, which
 * needs no database, keeps answering.
 */
class DatabaseDownIT {
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

    @Test
    void requests_that_need_the_stopped_database_get_a_503_at_once_and_the_article_search_still_answers(
            @TempDir Path dir) {
        EmbeddedDatabase postgres = EmbeddedDatabase.start(dir.resolve("postgres"), false);
        Database database = Database.connect(postgres.jdbcUrl("postgres"), "postgres", postgres.password(), 2)
                .migrate();
        try (TestServer server = new TestServer().database(database).start()) {
            String officer = server.callers().staff(Role.EXAMS_OFFICER, null);
            assertThat(server.http().get("/api/v1/cases", officer).status()).isEqualTo(200);

            postgres.close();

            for (String path : new String[] {"/api/v1/cases", "/api/v1/me"}) {
                Response down = timed(() -> server.http().get(path, officer));
                assertThat(down.status()).as(path).isEqualTo(503);
                assertThat(down.json().path("error").asText()).isEqualTo("unavailable");
                assertThat(down.json().path("message").asText())
                        .isEqualTo("The database cannot be reached just now, so nothing was read or changed. "
                                + "Try again in a minute; the help articles still work meanwhile.");
                assertThat(down.json().path("requestId").asText()).isNotBlank();
                assertThat(down.header("Retry-After")).isEqualTo("10");
            }
            Response articles = timed(() -> server.http().get("/api/v1/articles/search?q=reactivate+a+student", null));
            assertThat(articles.status()).isEqualTo(200);
            assertThat(articles.json().path("hits").size()).isPositive();
        } finally {
            postgres.close();
        }
    }

    private static Response timed(java.util.function.Supplier<Response> call) {
        long start = System.nanoTime();
        Response response = call.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(LONGEST_WAIT);
        return response;
    }
}
