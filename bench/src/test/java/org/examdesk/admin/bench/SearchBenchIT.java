package org.examdesk.admin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.examdesk.admin.bench.StudentCorpus.Loaded;
import org.examdesk.admin.db.Database;
import org.examdesk.admin.learners.bench.Timings;
import org.examdesk.admin.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the student search benchmark compiling and honest on a few thousand students: centres differ in size, no
 * field follows from the centre (every larger centre holds every status and school year and many combinations),
 * and every kind of request in the mix answers and finds what it looks for.
 */
class SearchBenchIT {
    private static Database db;

    @BeforeAll
    static void load() {
        db = TestDatabase.fresh();
        StudentCorpus.load(db.jdbi(), 6_000, 40, 42L, 600);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void the_corpus_has_every_student_in_centres_of_very_different_sizes() {
        Jdbi jdbi = db.jdbi();

        assertThat(number(jdbi, "select count(*) from students")).isEqualTo(6_000);
        assertThat(number(jdbi, "select count(distinct centre_id) from students"))
                .isEqualTo(40);
        assertThat(number(jdbi, "select max(n) / min(n) from (select count(*) n from students group by centre_id) c"))
                .isGreaterThan(20);
        assertThat(number(
                        jdbi,
                        "select count(*) from students s join users u on u.id = s.created_by_user_id"
                                + " where u.centre_id <> s.centre_id"))
                .isZero();
    }

    @Test
    void statuses_years_permissions_and_names_vary_within_each_larger_centre() {
        List<Map<String, Object>> centres = db.jdbi().withHandle(h -> h.createQuery(
                        """
                        select count(*) students, count(distinct status) statuses, count(distinct school_year) years,
                               count(distinct surname) surnames,
                               count(distinct (status, school_year, mock_permission, high_stakes_permission))
                                   combinations
                          from students group by centre_id having count(*) >= 200""")
                .mapToMap()
                .list());

        assertThat(centres).isNotEmpty().allSatisfy(c -> {
            long students = ((Number) c.get("students")).longValue();
            assertThat(((Number) c.get("statuses")).longValue()).isEqualTo(5);
            assertThat(((Number) c.get("years")).longValue()).isEqualTo(7);
            assertThat(((Number) c.get("surnames")).longValue()).isGreaterThan(students / 4);
            assertThat(((Number) c.get("combinations")).longValue()).isGreaterThan(15);
        });
    }

    @Test
    void every_kind_of_request_answers_and_the_searches_find_their_student() throws Exception {
        // the server closes the database it serves, so it gets one of its own
        Database served = TestDatabase.fresh();
        // seed 55 gives one centre of 2,894 students, so the mix's page 40 of a centre of 2,000+ has one
        Loaded loaded = StudentCorpus.load(served.jdbi(), 6_000, 20, 55L, 600);

        Timings timings = SearchBench.measure(served, loaded, 0, 4, false);

        assertThat(timings.kinds.keySet())
                .containsAll(StudentQueryMix.kinds().stream()
                        .map(StudentQueryMix.Kind::name)
                        .toList());
        Map<String, Integer> every = StudentQueryMix.kinds().stream()
                .collect(Collectors.toMap(StudentQueryMix.Kind::name, StudentQueryMix.Kind::every));
        for (Map.Entry<String, Timings.Kind> e : timings.kinds.entrySet()) {
            Timings.Kind kind = e.getValue();
            int rounds = (4 + every.get(e.getKey()) - 1) / every.get(e.getKey());
            assertThat(kind.http).as(e.getKey()).hasSize(rounds);
            if (!e.getKey().equals(StudentQueryMix.BASELINE)) {
                assertThat(kind.slowestStatements).as(e.getKey()).isNotEmpty();
                if (!e.getKey().contains("typo")
                        && !e.getKey().contains("permission")
                        && !e.getKey().startsWith("status + school year")) {
                    // the others search for a value of the student they were built from, so find that student at
                    // least; a typo in a short name matches nobody, and a random permission or the statuses that
                    // need reactivating may find nobody at a small centre
                    assertThat(kind.totals).as(e.getKey()).allMatch(total -> total > 0);
                }
            }
        }
    }

    private static long number(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
