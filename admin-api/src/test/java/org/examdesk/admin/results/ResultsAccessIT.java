package org.examdesk.admin.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Settings, candidate selection, scope and bad input of the results-access API (no letters here). */
class ResultsAccessIT {
    @RegisterExtension
    static final TestServer server = new TestServer().clock(ResultsApi.CLOCK);

    private static TestHttp http;
    private static ResultsApi riverside;
    private static ResultsApi hillside;
    private static long june26;
    private static long november26;
    private static long june27;

    @BeforeAll
    static void start() {
        http = server.http();
        riverside = ResultsApi.officerOf(server, "riverside");
        hillside = ResultsApi.officerOf(server, "hillside");
        june26 = riverside.seriesId("June 2026");
        november26 = riverside.seriesId("November 2026");
        june27 = riverside.seriesId("June 2027");
    }

    @Test
    void the_series_list_shows_each_series_with_its_opening_date_and_whether_it_is_open() {
        JsonNode items = riverside.get("/api/v1/series").json().get("items");

        assertThat(items).hasSize(3);
        assertThat(items.get(0).get("name").asText()).isEqualTo("June 2026");
        assertThat(items.get(0).get("credentialsOpenFrom").asText()).isEqualTo("2026-03-23");
        assertThat(items.get(0).get("credentialsOpen").asBoolean()).isTrue();
        assertThat(items.get(0).get("entries").asInt()).isEqualTo(294);
        assertThat(items.get(2).get("name").asText()).isEqualTo("June 2027");
        assertThat(items.get(2).get("credentialsOpen").asBoolean()).isFalse();
    }

    @Test
    void a_series_starts_with_no_candidates_having_access() {
        JsonNode view = hillside.get("/api/v1/results-access/" + june27).json();

        assertThat(view.get("mode").asText()).isEqualTo("NONE");
        assertThat(view.at("/letters/withAccess").asInt()).isZero();
        assertThat(view.at("/letters/message").asText()).isEqualTo("No candidates have access.");
    }

    @Test
    void access_needs_the_agreement_to_handle_queries_and_a_contact() {
        Response response = riverside.put(june26, "", Map.of("mode", "ALL"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("details").toString())
                .contains("agree to handle their queries")
                .contains("name of the person")
                .contains("phone number or email");
        assertThat(riverside
                        .get("/api/v1/results-access/" + june26)
                        .json()
                        .get("mode")
                        .asText())
                .isEqualTo("NONE");
    }

    @Test
    void a_contact_with_neither_phone_nor_email_is_refused() {
        Response response = riverside.put(
                june26,
                "",
                Map.of("mode", "ALL", "agreedToHandleQueries", true, "contact", Map.of("name", "Priya Shah")));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("message").asText()).contains("phone number or email address");
    }

    @Test
    void a_delay_below_zero_or_over_the_limit_is_refused() {
        Response negative = riverside.put(june26, "", ResultsApi.access("ALL", -1, "Priya Shah"));
        Response tooLong = riverside.put(june26, "", ResultsApi.access("ALL", 31, "Priya Shah"));

        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.json().get("message").asText()).contains("from 0 to 30 days, not -1");
        assertThat(tooLong.status()).isEqualTo(422);
    }

    @Test
    void malformed_values_get_a_sentence_each() {
        Map<String, Object> body = new HashMap<>(ResultsApi.access("SOME", 0, "Priya Shah"));
        body.put("contact", Map.of("name", "Priya Shah", "phone", "call me", "email", "not-an-address"));

        Response response = riverside.put(june26, "", body);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("details")).hasSize(3);
        assertThat(riverside
                        .send("PUT", "/api/v1/results-access/" + june26, Map.of("mode", "ALL", "colour", "red"))
                        .status())
                .isEqualTo(400);
        assertThat(riverside.get("/api/v1/results-access/abc").status()).isEqualTo(400);
        assertThat(riverside.get("/api/v1/results-access/99999").status()).isEqualTo(404);
        assertThat(riverside
                        .get("/api/v1/results-access/" + june26 + "/candidates?page=0")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void a_candidate_page_too_large_for_a_number_is_a_400_in_the_one_error_shape() {
        for (String page : List.of("99999999999", "2147483647", "1000001", "99999999999999999999")) {
            Response response = riverside.get("/api/v1/results-access/" + june26 + "/candidates?page=" + page);

            assertThat(response.status()).as("page=" + page).isEqualTo(400);
            assertThat(response.json().get("error").asText()).isEqualTo("bad_request");
            assertThat(response.json().get("details").get(0).asText()).isEqualTo("page");
        }
    }

    @Test
    void credentials_cannot_be_made_before_the_series_opens() {
        Response response = riverside.put(june27, "", ResultsApi.access("ALL", 0, "Priya Shah"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("message").asText())
                .isEqualTo("Credentials for June 2027 can be created from 2027-03-22; today is 2026-11-22.");
    }

    @Test
    void a_centre_without_a_valid_entry_in_the_series_cannot_give_access() {
        long associate = associateId("40124");
        riverside.send(
                "PUT",
                "/api/v1/results-access/" + november26 + "/associates",
                Map.of("useDefaults", false, "associates", List.of(Map.of("centreId", associate, "giveAccess", true))));

        Response response = riverside.put(november26, "?centreId=" + associate, ResultsApi.access("ALL", 0, "Jo Bell"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("message").asText())
                .isEqualTo("Riverside Academy Sixth Form has no valid entry for November 2026.");
    }

    @Test
    void an_associate_cannot_give_access_until_its_parent_allows_it() {
        long associate = associateId("40125");

        Response response = riverside.put(june26, "?centreId=" + associate, ResultsApi.access("ALL", 0, "Jo Bell"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("message").asText()).contains("Riverside Academy has not given");
    }

    @Test
    void the_candidate_list_is_in_ascending_candidate_number_and_searchable_by_name_number_or_uci() {
        JsonNode first = riverside
                .get("/api/v1/results-access/" + june26 + "/candidates")
                .json();
        List<String> numbers = new ArrayList<>();
        first.get("items").forEach(c -> numbers.add(c.get("candidateNumber").asText()));

        assertThat(first.get("total").asInt()).isEqualTo(294);
        assertThat(numbers).hasSize(50).isSorted().startsWith("0001", "0002");
        assertThat(search("0042").get(0).get("surname").asText()).isEqualTo("Łukasiewicz");
        assertThat(search("łukasiewicz").get(0).get("candidateNumber").asText()).isEqualTo("0042");
        assertThat(search("Zoë Ł").get(0).get("candidateNumber").asText()).isEqualTo("0042");
        String uci = search("0042").get(0).get("uci").asText();
        assertThat(search(uci.toLowerCase())).hasSize(1);
        assertThat(search("100%")).isEmpty();
        JsonNode page6 = riverside
                .get("/api/v1/results-access/" + june26 + "/candidates?page=6")
                .json();
        assertThat(page6.get("items")).hasSize(44);
    }

    @Test
    void candidates_are_ticked_one_by_one_only_in_selected_mode() {
        Response response =
                hillside.send("PUT", "/api/v1/results-access/" + june26 + "/candidates", Map.of("give", List.of(1)));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("message").asText()).contains("only when access is SELECTED");
    }

    @Test
    void a_selection_with_candidates_of_another_centre_is_404_for_those_and_changes_nothing() {
        assertThat(riverside
                        .put(november26, "", ResultsApi.access("SELECTED", 0, "Priya Shah"))
                        .status())
                .isEqualTo(200);
        long own = search(november26, "0003").get(0).get("id").asLong();
        long hillsides = hillside.get("/api/v1/results-access/" + november26 + "/candidates")
                .json()
                .at("/items/0/id")
                .asLong();

        Response response = riverside.send(
                "PUT", "/api/v1/results-access/" + november26 + "/candidates", Map.of("give", List.of(own, hillsides)));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("details").get(0).asText()).isEqualTo(String.valueOf(hillsides));
        assertThat(search(november26, "0003").get(0).get("hasAccess").asBoolean())
                .isFalse();
    }

    @Test
    void giving_and_removing_access_changes_who_has_access_and_is_audited() {
        riverside.put(november26, "", ResultsApi.access("SELECTED", 0, "Priya Shah"));
        long a = search(november26, "0006").get(0).get("id").asLong();
        long b = search(november26, "0009").get(0).get("id").asLong();

        Response given = riverside.send(
                "PUT", "/api/v1/results-access/" + november26 + "/candidates", Map.of("give", List.of(a, b)));
        Response removed = riverside.send(
                "PUT", "/api/v1/results-access/" + november26 + "/candidates", Map.of("remove", List.of(b)));

        assertThat(given.status()).isEqualTo(200);
        assertThat(removed.json().get("withAccess").asInt()).isEqualTo(1);
        assertThat(removed.json().get("missing").asInt()).isEqualTo(1);
        assertThat(removed.json().get("mustRegenerate").asBoolean()).isTrue();
        assertThat(search(november26, "0006").get(0).get("hasAccess").asBoolean())
                .isTrue();
        assertThat(search(november26, "0009").get(0).get("hasAccess").asBoolean())
                .isFalse();
        List<String> audited = server.database().jdbi().withHandle(h -> h.createQuery(
                        "select after_state::text from audit_log where action = 'results_access.candidates' order by id")
                .mapTo(String.class)
                .list());
        assertThat(audited).anySatisfy(row -> assertThat(row).contains("\"removed\": [\"0009\"]"));
    }

    @Test
    void staff_without_an_exams_role_and_other_centres_are_kept_out() {
        String teacher = http.login("teacher@riverside.example", DemoData.PASSWORD);
        long riversideCentre = riverside
                .get("/api/v1/results-access/" + june26)
                .json()
                .at("/centre/id")
                .asLong();

        assertThat(http.get("/api/v1/results-access/" + june26, teacher).status())
                .isEqualTo(403);
        assertThat(hillside.get("/api/v1/results-access/" + june26 + "?centreId=" + riversideCentre)
                        .status())
                .isEqualTo(404);
        assertThat(hillside.get("/api/v1/results-access/" + june26 + "/candidates?centreId=" + associateId("40124"))
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/series", null).status()).isEqualTo(401);
    }

    @Test
    void the_associates_of_another_centre_are_404_to_read_and_to_change_and_nothing_changes() {
        long riversideCentre = riverside
                .get("/api/v1/results-access/" + june26)
                .json()
                .at("/centre/id")
                .asLong();
        String before = riverside
                .get("/api/v1/results-access/" + june26 + "/associates")
                .body();

        Response read = hillside.get("/api/v1/results-access/" + june26 + "/associates?centreId=" + riversideCentre);
        Response change = hillside.send(
                "PUT",
                "/api/v1/results-access/" + june26 + "/associates?centreId=" + riversideCentre,
                Map.of("useDefaults", true));

        assertThat(read.status()).isEqualTo(404);
        assertThat(change.status()).isEqualTo(404);
        assertThat(riverside
                        .get("/api/v1/results-access/" + june26 + "/associates")
                        .body())
                .isEqualTo(before);
    }

    private static JsonNode search(String q) {
        return search(june26, q);
    }

    private static JsonNode search(long series, String q) {
        return riverside
                .get("/api/v1/results-access/" + series + "/candidates?q="
                        + URLEncoder.encode(q, StandardCharsets.UTF_8))
                .json()
                .get("items");
    }

    private static long associateId(String number) {
        return server.database().jdbi().withHandle(h -> h.createQuery("select id from centres where number = :n")
                .bind("n", number)
                .mapTo(Long.class)
                .one());
    }
}
