package org.examdesk.admin.results.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.examdesk.admin.results.ResultsApi;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** From "no candidates have access" to letters, the candidate sign-in, one job at a time, stale letters. */
class CredentialsIT {
    @RegisterExtension
    static final TestServer server = new TestServer().clock(ResultsApi.CLOCK);

    private static TestHttp http;
    private static ResultsApi riverside;
    private static ResultsApi hillside;
    private static long june26;
    private static long november26;

    @BeforeAll
    static void start() {
        http = server.http();
        riverside = ResultsApi.officerOf(server, "riverside");
        hillside = ResultsApi.officerOf(server, "hillside");
        june26 = riverside.seriesId("June 2026");
        november26 = riverside.seriesId("November 2026");
    }

    @Test
    void all_candidates_get_a_letter_each_as_one_pdf_and_as_a_zip_and_can_sign_in() throws Exception {
        JsonNode job = hillside.confirm(june26, "", ResultsApi.access("ALL", 3, "Daniel Hughes"));
        Response confirmedAgain = hillside.put(june26, "", ResultsApi.access("ALL", 3, "Daniel Hughes"));
        assertThat(confirmedAgain.status()).isEqualTo(200);
        assertThat(confirmedAgain.json().get("lettersJob").isNull())
                .as("nobody needs a new letter, so confirming again starts no job")
                .isTrue();

        assertThat(job.get("done").asInt())
                .isEqualTo(245)
                .isEqualTo(job.get("total").asInt());
        HttpResponse<byte[]> pdf = hillside.download(job.get("pdf").asText());
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        List<String> pages = ResultsApi.pages(pdf.body());
        assertThat(pages).hasSize(245);
        assertThat(pages.get(0))
                .contains(
                        LetterPage.TITLE,
                        "0001",
                        "40456J260001",
                        "Daniel Hughes",
                        "3 days after the published results date",
                        "Do not send screenshots");
        assertThat(zipEntries(hillside.download(job.get("zip").asText()).body()))
                .hasSize(245)
                .first()
                .asString()
                .startsWith("0001-");
        Response login = hillside.login(ResultsApi.username(pages.get(1)), ResultsApi.password(pages.get(1)));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        assertThat(login.json().get("candidateNumber").asText()).isEqualTo("0002");
        assertThat(login.json().get("series").asText()).isEqualTo("June 2026");
        assertThat(login.json().at("/contact/name").asText()).isEqualTo("Daniel Hughes");
        assertThat(login.json().at("/contact/email").asText()).isEqualTo("exams@centre.example");
        assertThat(login.json().get("delayDays").asInt()).isEqualTo(3);
        assertThat(login.json().get("resultsShow").asText())
                .contains("3 days after the board's published results date for June 2026");
        assertThat(login.json().get("notice").asText()).contains("Do not send screenshots");
        assertThat(hillside.login(ResultsApi.username(pages.get(1)), "Abcd-Efgh-Jkmn")
                        .status())
                .isEqualTo(401);
        JsonNode letters =
                hillside.get("/api/v1/results-access/" + june26).json().get("letters");
        assertThat(letters.get("current").asInt()).isEqualTo(245);
        assertThat(letters.get("mustRegenerate").asBoolean()).isFalse();
    }

    @Test
    void passwords_are_stored_only_as_hashes_and_never_audited() throws Exception {
        JsonNode job = hillside.confirm(november26, "", ResultsApi.access("ALL", 0, "Daniel Hughes"));
        String password = ResultsApi.password(
                ResultsApi.pages(hillside.download(job.get("pdf").asText()).body())
                        .get(0));

        String stored = server.database().jdbi().withHandle(h -> h.createQuery(
                        "select string_agg(password_hash, ' ') from results_credentials")
                .mapTo(String.class)
                .one());
        String audit = server.database().jdbi().withHandle(h -> h.createQuery(
                        "select string_agg(coalesce(after_state::text, ''), ' ') from audit_log")
                .mapTo(String.class)
                .one());

        assertThat(stored).startsWith("sha256$").doesNotContain(password);
        assertThat(audit).contains("\"letters\": 83").doesNotContain(password);
    }

    @Test
    void asking_twice_while_a_job_runs_returns_the_running_job() throws Exception {
        long series = june26;
        String associate = "?centreId=" + centreId("40125");
        riverside.send(
                "PUT",
                "/api/v1/results-access/" + series + "/associates",
                Map.of(
                        "useDefaults",
                        false,
                        "associates",
                        List.of(Map.of("centreId", centreId("40125"), "giveAccess", true))));
        try (Handle blocker = server.database().jdbi().open()) {
            blocker.begin();
            blocker.execute("lock table results_files in exclusive mode");

            Response confirmed = riverside.put(series, associate, ResultsApi.access("ALL", 0, "Jo Bell"));
            Response first =
                    riverside.send("POST", "/api/v1/results-access/" + series + "/credentials" + associate, null);
            Response second =
                    riverside.send("POST", "/api/v1/results-access/" + series + "/credentials" + associate, null);

            assertThat(confirmed.status()).isEqualTo(200);
            long started = confirmed.json().at("/lettersJob/id").asLong();
            assertThat(started).isPositive();
            for (Response again : List.of(first, second)) {
                assertThat(again.status()).isEqualTo(200);
                assertThat(again.json().get("id").asLong()).isEqualTo(started);
                assertThat(again.json().get("state").asText()).isEqualTo("RUNNING");
            }
            blocker.rollback();
        }
        long jobs = server.database().jdbi().withHandle(h -> h.createQuery(
                        "select count(*) from results_jobs where centre_id = :c")
                .bind("c", centreId("40125"))
                .mapTo(Long.class)
                .one());
        assertThat(jobs).isEqualTo(1);
    }

    @Test
    void selected_letters_render_names_in_any_script_and_removing_access_stops_the_login_at_once() throws Exception {
        riverside.put(june26, "", ResultsApi.access("SELECTED", 0, "Priya Shah"));
        List<Long> ids = ids("0042", "0043", "0044", "0045");
        assertThat(riverside
                        .send("PUT", "/api/v1/results-access/" + june26 + "/candidates", Map.of("give", ids))
                        .status())
                .isEqualTo(200);

        JsonNode job = riverside.generate(june26, "");

        List<String> pages =
                ResultsApi.pages(riverside.download(job.get("pdf").asText()).body());
        assertThat(pages).hasSize(4);
        assertThat(pages.get(0)).contains("Zoë Łukasiewicz", "0042");
        assertThat(pages.get(1)).contains("Αλέξης Παππάς");
        assertThat(pages.get(2)).contains("静 陈");
        String username = ResultsApi.username(pages.get(0));
        String password = ResultsApi.password(pages.get(0));
        assertThat(riverside.login(username, password).status()).isEqualTo(200);

        riverside.send("PUT", "/api/v1/results-access/" + june26 + "/candidates", Map.of("remove", ids.subList(0, 1)));

        Response refused = riverside.login(username.toLowerCase(), password);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("message").asText()).contains("has not given you access");
    }

    @Test
    void an_associate_change_marks_its_letters_stale_and_regenerating_clears_it() throws Exception {
        long associate = centreId("40124");
        String query = "?centreId=" + associate;
        Response defaults = riverside.send(
                "PUT",
                "/api/v1/results-access/" + november26 + "/associates",
                Map.of(
                        "useDefaults",
                        true,
                        "defaults",
                        Map.of("giveAccess", true, "contactMode", "DEFAULT", "delayDays", 2)));
        assertThat(defaults.status()).as(defaults.body()).isEqualTo(200);
        assertThat(defaults.json().get("associates"))
                .hasSize(2)
                .allSatisfy(a -> assertThat(a.get("giveAccess").asBoolean()).isTrue());
        riverside.put(june26, "", ResultsApi.access("SELECTED", 0, "Priya Shah"));
        riverside.send(
                "PUT",
                "/api/v1/results-access/" + june26 + "/associates",
                Map.of(
                        "useDefaults",
                        false,
                        "associates",
                        List.of(Map.of("centreId", associate, "giveAccess", true, "delayDays", 2))));
        JsonNode job = riverside.confirm(june26, query, ResultsApi.access("ALL", 0, "Jo Bell"));
        List<String> pages =
                ResultsApi.pages(riverside.download(job.get("pdf").asText()).body());
        assertThat(pages).hasSize(79);
        assertThat(pages.get(0)).contains("Priya Shah", "at Riverside Academy.", "2 days after");

        riverside.put(june26, "", ResultsApi.access("SELECTED", 0, "Helen Carter"));

        JsonNode stale =
                riverside.get("/api/v1/results-access/" + june26 + query).json().get("letters");
        assertThat(stale.get("stale").asInt()).isEqualTo(79);
        assertThat(stale.get("mustRegenerate").asBoolean()).isTrue();
        assertThat(stale.get("message").asText()).contains("regenerate");
        JsonNode again = riverside.generate(june26, query);
        assertThat(again.get("total").asInt()).isEqualTo(79);
        assertThat(ResultsApi.pages(
                                riverside.download(again.get("pdf").asText()).body())
                        .get(0))
                .contains("Helen Carter");
        JsonNode cleared =
                riverside.get("/api/v1/results-access/" + june26 + query).json().get("letters");
        assertThat(cleared.get("stale").asInt()).isZero();
        assertThat(cleared.get("mustRegenerate").asBoolean()).isFalse();
    }

    @Test
    void taking_access_away_from_an_associate_cuts_its_candidates_off() throws Exception {
        long associate = centreId("40124");
        riverside.send(
                "PUT",
                "/api/v1/results-access/" + november26 + "/associates",
                Map.of("useDefaults", false, "associates", List.of(Map.of("centreId", associate, "giveAccess", true))));
        riverside.put(june26, "", ResultsApi.access("SELECTED", 0, "Priya Shah"));
        riverside.send(
                "PUT",
                "/api/v1/results-access/" + june26 + "/associates",
                Map.of("useDefaults", false, "associates", List.of(Map.of("centreId", associate, "giveAccess", true))));
        JsonNode job = riverside.confirm(june26, "?centreId=" + associate, ResultsApi.access("ALL", 0, "Jo Bell"));
        String page = ResultsApi.pages(
                        riverside.download(job.get("pdf").asText()).body())
                .get(0);
        assertThat(riverside
                        .login(ResultsApi.username(page), ResultsApi.password(page))
                        .status())
                .isEqualTo(200);

        riverside.send(
                "PUT",
                "/api/v1/results-access/" + june26 + "/associates",
                Map.of(
                        "useDefaults",
                        false,
                        "associates",
                        List.of(Map.of("centreId", associate, "giveAccess", false))));

        assertThat(riverside
                        .login(ResultsApi.username(page), ResultsApi.password(page))
                        .status())
                .isEqualTo(403);
        Response notAssociate = riverside.send(
                "PUT",
                "/api/v1/results-access/" + june26 + "/associates",
                Map.of(
                        "useDefaults",
                        false,
                        "associates",
                        List.of(Map.of("centreId", centreId("40456"), "giveAccess", true))));
        assertThat(notAssociate.status()).isEqualTo(404);
    }

    @Test
    void letters_cannot_be_made_without_access_and_are_not_there_before_a_job() {
        Response none = hillside.send(
                "POST", "/api/v1/results-access/" + hillside.seriesId("June 2027") + "/credentials", null);
        Response missing =
                riverside.get("/api/v1/results-access/" + november26 + "/letters.pdf?centreId=" + centreId("40125"));

        assertThat(none.status()).isEqualTo(422);
        assertThat(none.json().get("message").asText()).contains("can be created from 2027-03-22");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("message").asText()).contains("generate credentials first");
    }

    private static List<Long> ids(String... numbers) {
        return server.database().jdbi().withHandle(h -> h.createQuery(
                        """
                        select c.id from candidates c join centres ce on ce.id = c.centre_id
                         where ce.number = '40123' and c.candidate_number in (<n>) order by c.candidate_number""")
                .bindList("n", List.of(numbers))
                .mapTo(Long.class)
                .list());
    }

    private static long centreId(String number) {
        return server.database().jdbi().withHandle(h -> h.createQuery("select id from centres where number = :n")
                .bind("n", number)
                .mapTo(Long.class)
                .one());
    }

    private static List<String> zipEntries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
