package org.examdesk.admin.students;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.names.NameMatcher;
import org.examdesk.admin.names.NameQuery;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The name match looks up exact full names first (two terms held exactly, one index lookup) and answers from them
 * alone when they fill the answer; then full names exactly or one edit away; then single names. Whatever path it
 * takes, the answer must be the one that ranking every
 * candidate gives: here many students share a name, with one-edit neighbours, at Riverside and at Hillside, and
 * each query's answer over HTTP is compared with {@link StudentNameDao#hits} ranked by {@link NameMatcher}.
 */
class NameMatchShortcutIT {
    private static TestServer api;
    private static TestHttp http;
    private static Jdbi jdbi;
    private static String officer;
    private static String agent;

    @BeforeAll
    static void start() {
        api = new TestServer().start();
        http = api.http();
        jdbi = api.jdbi();
        officer = api.callers().staff(Role.EXAMS_OFFICER, "40123");
        agent = api.callers().staff(Role.SUPPORT_AGENT, null);
        int n = 0;
        for (String centre : List.of("40123", "40456")) {
            for (int i = 0; i < 10; i++) {
                add(centre, "Oliver", "Webb", n++);
            }
            for (String[] name : new String[][] {
                {"Olivr", "Webb"},
                {"Oliver", "Webber"},
                {"Olive", "Webb"},
                {"Oliver", "Web"},
                {"Webb", "Oliver"},
                {"Oliver-James", "Webb"},
                {"Olly", "Webb"},
                {"Oliver", "Smith-Webb"}
            }) {
                add(centre, name[0], name[1], n++);
            }
        }
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static void add(String centre, String forename, String surname, int n) {
        jdbi.useHandle(h -> h.createUpdate(
                        """
                        insert into students (centre_id, forename, surname, uci, email, date_of_birth, status, created_by)
                        select c.id, :forename, :surname, :uci, :email, date '2009-03-01', 'ACTIVE', 'test'
                          from centres c where c.number = :centre""")
                .bind("centre", centre)
                .bind("forename", forename)
                .bind("surname", surname)
                .bind("uci", String.format("%s9%07d", centre, n))
                .bind("email", "shortcut" + n + "@pupils.example")
                .execute());
    }

    @ParameterizedTest(name = "\"{0}\" limit {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            oliver webb                          | 8
            oliver webb                          | 20
            webb oliver                          | 8
            OLIVER WEBB's account is locked pls  | 8
            oliver webb                          | 3
            webb                                 | 8
            webb                                 | 20
            oliver                               | 5
            olivr webb                           | 8
            oliver-james webb                    | 8
            oliver james webb                    | 8
            oliver smith-webb                    | 4
            olivr webber                         | 8
            is olly locked                       | 8
            someone called webbe                 | 8
            webber                               | 8
            """)
    void the_answer_is_the_ranking_of_every_candidate_at_a_centre_and_across_centres(String q, int limit) {
        for (String caller : List.of(officer, agent)) {
            Long centre = caller.equals(officer) ? centreId("40123") : null;
            Response response = http.get(
                    "/api/v1/students/match?limit=" + limit + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                    caller);
            assertThat(response.status()).as(response.body()).isEqualTo(200);

            assertThat(ids(response.json().get("items")))
                    .as("%s, %s", q, centre == null ? "all centres" : "Riverside")
                    .isNotEmpty()
                    .containsExactlyElementsOf(everyCandidateRanked(q, limit, centre));
        }
    }

    private static List<Long> everyCandidateRanked(String q, int limit, Long centre) {
        NameQuery query = NameQuery.from(p -> p.equals("q") ? q : String.valueOf(limit), "a student");
        String[] texts = query.terms().stream().map(NameQuery.Term::text).toArray(String[]::new);
        return new NameMatcher()
                .rank(query.terms(), jdbi.onDemand(StudentNameDao.class).hits(texts, centre), limit).stream()
                        .map(NameMatcher.Ranked::id)
                        .toList();
    }

    private static Long centreId(String number) {
        return jdbi.withHandle(h -> h.createQuery("select id from centres where number = :n")
                .bind("n", number)
                .mapTo(Long.class)
                .one());
    }

    private static List<Long> ids(JsonNode items) {
        List<Long> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.at("/student/id").asLong()));
        return ids;
    }
}
