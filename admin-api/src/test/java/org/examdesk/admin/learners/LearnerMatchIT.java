package org.examdesk.admin.learners;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bot's learner name match ({@code GET /api/v1/learners/match}) on the demo data: folding, typos, scope, roles. */
class LearnerMatchIT {
    private static TestServer api;
    private static TestHttp http;
    private static Jdbi jdbi;
    private static String centreAdmin;
    private static String assessor;
    private static String hillsideAdmin;

    @BeforeAll
    static void start() {
        api = new TestServer().start();
        http = api.http();
        jdbi = api.jdbi();
        centreAdmin = api.callers().staff(Role.CENTRE_ADMINISTRATOR, "40123");
        assessor = api.callers().staff(Role.ASSESSOR, "40123");
        hillsideAdmin = api.callers().staff(Role.CENTRE_ADMINISTRATOR, "40456");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static Response match(String q, String token) {
        return http.get("/api/v1/learners/match?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), token);
    }

    private static JsonNode items(String q, String token) {
        Response response = match(q, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items");
    }

    private static List<Long> ids(JsonNode items) {
        List<Long> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.at("/learner/id").asLong()));
        return ids;
    }

    /** The ids of the learners at {@code centre} whose names are as given (null: any), lowest first. */
    private static List<Long> learners(String centre, String given, String family) {
        return jdbi.withHandle(h -> h.createQuery("select l.id from learners l join centres c on c.id = l.centre_id "
                        + "where c.number = :centre and (cast(:given as text) is null or l.given_name = :given) "
                        + "and (cast(:family as text) is null or l.family_name = :family) order by l.id")
                .bind("centre", centre)
                .bind("given", given)
                .bind("family", family)
                .mapTo(Long.class)
                .list());
    }

    @Test
    void a_full_name_matches_in_any_case_with_a_possessive_and_with_one_typo_marked_not_exact() {
        List<Long> chloeEvans = learners("40123", "Chloe", "Evans");

        JsonNode typed = items("what did CHLOE EVANS's learners get", centreAdmin);
        JsonNode typo = items("chloe evnas", assessor);

        assertThat(ids(typed)).containsExactlyInAnyOrderElementsOf(chloeEvans);
        assertThat(typed.get(0).get("matched").asText()).isEqualTo("FULL_NAME");
        assertThat(typed.get(0).get("exact").asBoolean()).isTrue();
        assertThat(typed.get(0).get("words")).extracting(JsonNode::asText).containsExactly("chloe", "evans's");
        assertThat(ids(typo)).containsExactlyInAnyOrderElementsOf(chloeEvans);
        assertThat(typo.get(0).get("exact").asBoolean()).isFalse();
    }

    @Test
    void an_apostrophe_is_optional_and_a_family_name_alone_answers_every_learner_of_it_in_the_centre() {
        List<Long> oneills = learners("40123", null, "O'Neill");
        assertThat(oneills).as("the demo has O'Neills at Riverside").isNotEmpty();

        JsonNode found = items("oneill", centreAdmin);

        assertThat(ids(found)).containsExactlyInAnyOrderElementsOf(oneills.subList(0, Math.min(8, oneills.size())));
        found.forEach(item -> assertThat(item.get("matched").asText()).isEqualTo("SURNAME"));
    }

    @Test
    void a_given_name_alone_answers_several_learners_up_to_the_limit() {
        List<Long> chloes = learners("40123", "Chloe", null);
        assertThat(chloes).as("the demo has several Chloes at Riverside").hasSizeGreaterThan(1);

        JsonNode found = items("chloe", centreAdmin);
        JsonNode whole = match("chloe", centreAdmin).json();

        assertThat(found).hasSize(Math.min(8, chloes.size()));
        found.forEach(item -> assertThat(item.get("matched").asText()).isEqualTo("FORENAME"));
        assertThat(ids(found)).isSubsetOf(chloes);
        assertThat(http.get("/api/v1/learners/match?q=chloe&limit=2", centreAdmin)
                        .json()
                        .get("items"))
                .hasSize(2);
        assertThat(whole.get("closest")).isEmpty();
    }

    @Test
    void a_learner_of_another_centre_answers_as_no_one_with_the_closest_names_of_ones_own_centre() {
        long amir = learners("40123", "Amir", "Khan").get(0);

        JsonNode elsewhere = match("Amir Khan", hillsideAdmin).json();
        JsonNode nearMiss = match("Amirr Khann", centreAdmin).json();

        assertThat(ids(items("Amir Khan", centreAdmin))).containsExactly(amir);
        assertThat(ids(elsewhere.get("items"))).doesNotContain(amir);
        assertThat(elsewhere.get("closest").toString()).doesNotContain("Amir Khan");
        assertThat(nearMiss.get("items")).isEmpty();
        assertThat(nearMiss.get("closest")).extracting(JsonNode::asText).contains("Amir Khan");
    }

    @Test
    void only_centre_administrators_and_assessors_may_match_and_a_bad_query_is_a_422_naming_it() {
        for (Role role : List.of(Role.EXAMS_OFFICER, Role.TEACHER)) {
            Response refused = match("Chloe", api.callers().staff(role, "40123"));
            assertThat(refused.status()).as(role.name()).isEqualTo(403);
            assertThat(refused.json().get("error").asText()).isEqualTo("forbidden");
        }
        assertThat(match("Chloe", api.callers().staff(Role.SUPPORT_AGENT, null)).status())
                .isEqualTo(403);
        assertThat(match("Chloe", null).status()).isEqualTo(401);
        Response blank = http.get("/api/v1/learners/match?q=%20", centreAdmin);
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.json().get("message").asText()).contains("name a learner");
        assertThat(blank.json().get("details")).extracting(JsonNode::asText).containsExactly("q");
    }
}
