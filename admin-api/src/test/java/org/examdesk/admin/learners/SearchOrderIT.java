package org.examdesk.admin.learners;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The learner and results searches keep their page order and their centre scope whichever way the database finds
 * the rows (a name's matches found first, or a centre's learners walked in name order), and a result keeps its
 * learner's centre (V76) without its writer naming it.
 */
class SearchOrderIT {
    private static final Comparator<JsonNode> LEARNER_ORDER = Comparator.<JsonNode, String>comparing(
                    n -> lower(n, "familyName"))
            .thenComparing(n -> lower(n, "givenName"))
            .thenComparingLong(n -> n.has("learnerId")
                    ? n.get("learnerId").asLong()
                    : n.get("id").asLong());

    private static TestServer api;
    private static TestHttp http;
    private static Jdbi jdbi;
    private static String riverside;
    private static String hillside;
    private static String agent;

    @BeforeAll
    static void start() {
        api = new TestServer().start();
        http = api.http();
        jdbi = api.jdbi();
        riverside = api.callers().staff(Role.CENTRE_ADMINISTRATOR, "40123");
        hillside = api.callers().staff(Role.CENTRE_ADMINISTRATOR, "40456");
        agent = api.callers().staff(Role.SUPPORT_AGENT, null);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void learner_pages_follow_family_then_given_name_with_a_name_searched_or_none() {
        List<JsonNode> listed =
                items(http.get("/api/v1/learners?size=40", riverside).json());
        List<JsonNode> nextPage =
                items(http.get("/api/v1/learners?size=40&page=2", riverside).json());
        List<JsonNode> named =
                items(http.get("/api/v1/learners?q=s&size=200", agent).json());

        assertThat(listed).hasSize(40).isSortedAccordingTo(LEARNER_ORDER);
        assertThat(LEARNER_ORDER.compare(listed.get(39), nextPage.get(0))).isNegative();
        assertThat(named).hasSizeGreaterThan(20).isSortedAccordingTo(LEARNER_ORDER);
        assertThat(named).extracting(n -> n.at("/centre/number").asText()).contains("40123", "40456");
    }

    @Test
    void results_pages_follow_the_learner_order_at_a_centre_and_across_centres() {
        List<JsonNode> atCentre = items(
                http.get("/api/v1/learner-results?grade=P&size=200", riverside).json());
        List<JsonNode> across = items(
                http.get("/api/v1/learner-results?grade=P&size=200", agent).json());
        List<JsonNode> byName = items(http.get("/api/v1/learner-results?familyName=s&size=200", riverside)
                .json());

        assertThat(atCentre).hasSizeGreaterThan(10).isSortedAccordingTo(LEARNER_ORDER);
        assertThat(across).hasSizeGreaterThan(atCentre.size() - 1).isSortedAccordingTo(LEARNER_ORDER);
        assertThat(byName).hasSizeGreaterThan(5).isSortedAccordingTo(LEARNER_ORDER);
        assertThat(byName).extracting(n -> lower(n, "familyName")).allMatch(f -> f.startsWith("s"));
    }

    @Test
    void a_result_written_without_its_centre_is_found_at_the_learners_centre_and_follows_a_move() {
        long learner = jdbi.withHandle(h -> h.createQuery(
                        "select l.id from learners l join centres c on c.id = l.centre_id where c.number = '40123' "
                                + "and not exists (select 1 from learner_results r where r.learner_id = l.id) "
                                + "order by l.id limit 1")
                .mapTo(Long.class)
                .one());
        String ref = jdbi.withHandle(h -> h.createQuery("select learner_ref from learners where id = :id")
                .bind("id", learner)
                .mapTo(String.class)
                .one());
        jdbi.useHandle(h -> h.execute(
                "insert into learner_results (learner_id, product_id, grade, awarded_at) "
                        + "select ?, id, 'D*', date '2026-08-20' from products where reference = '603/0456/1'",
                learner));
        String path = "/api/v1/learner-results?learnerRef=" + ref + "&grade=D*";

        long atRiverside = total(http.get(path, riverside).json());
        long atHillside = total(http.get(path, hillside).json());
        jdbi.useHandle(h -> h.execute(
                "update learners set centre_id = (select id from centres where number = '40456') where id = ?",
                learner));
        long riversideAfterMove = total(http.get(path, riverside).json());
        List<JsonNode> hillsideDistinctions = items(
                http.get("/api/v1/learner-results?grade=D*&size=200", hillside).json());

        assertThat(atRiverside).isEqualTo(1);
        assertThat(atHillside).isZero();
        assertThat(riversideAfterMove).isZero();
        assertThat(hillsideDistinctions)
                .extracting(n -> n.get("learnerRef").asText())
                .contains(ref);
    }

    private static List<JsonNode> items(JsonNode page) {
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        return items;
    }

    private static long total(JsonNode page) {
        return page.get("total").asLong();
    }

    private static String lower(JsonNode node, String field) {
        return node.get(field).asText().toLowerCase(Locale.ROOT);
    }
}
