package org.examdesk.admin.learners.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.examdesk.admin.db.Database;
import org.examdesk.admin.learners.bench.LearnerCorpus.Loaded;
import org.examdesk.admin.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the learner search benchmark compiling and honest on a few thousand learners: the generated data is
 * spread within each centre (nothing follows from the centre), valid, and every kind of request in the mix answers
 * and finds what it looks for.
 */
class LearnerSearchBenchIT {
    private static Database db;

    @BeforeAll
    static void load() {
        db = TestDatabase.fresh();
        LearnerCorpus.load(db.jdbi(), 6_000, 40, 42L, 600);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void the_corpus_has_every_learner_in_centres_of_very_different_sizes() {
        Jdbi jdbi = db.jdbi();

        assertThat(number(jdbi, "select count(*) from learners")).isEqualTo(6_000);
        assertThat(number(jdbi, "select count(distinct centre_id) from learners"))
                .isEqualTo(40);
        assertThat(number(jdbi, "select max(n) / min(n) from (select count(*) n from learners group by centre_id) c"))
                .isGreaterThan(20);
        assertThat(number(
                        jdbi,
                        "select count(*) from learner_results r join learners l on l.id = r.learner_id "
                                + "where r.centre_id <> l.centre_id"))
                .isZero();
    }

    @Test
    void names_registrations_and_grades_vary_within_each_larger_centre() {
        List<Map<String, Object>> centres = db.jdbi().withHandle(h -> h.createQuery(
                        """
                        select l.centre_id, count(*) learners, count(distinct l.family_name) families,
                               count(distinct l.given_name) givens,
                               count(distinct (select count(*) from registrations r where r.learner_id = l.id)) counts,
                               (select count(distinct grade) from learner_results r where r.centre_id = l.centre_id)
                                   grades
                          from learners l group by l.centre_id having count(*) >= 100""")
                .mapToMap()
                .list());

        assertThat(centres).isNotEmpty().allSatisfy(c -> {
            long learners = ((Number) c.get("learners")).longValue();
            assertThat(((Number) c.get("families")).longValue()).isGreaterThan(learners / 4);
            assertThat(((Number) c.get("givens")).longValue()).isGreaterThan(20);
            assertThat(((Number) c.get("counts")).longValue()).isGreaterThanOrEqualTo(4);
            // a training provider's products may all be pass/fail: P and F at least
            assertThat(((Number) c.get("grades")).longValue()).isGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void every_uln_is_unique_with_a_valid_check_digit() {
        List<String> ulns = db.jdbi().withHandle(h -> h.createQuery("select uln from learners where uln is not null")
                .mapTo(String.class)
                .list());

        assertThat(ulns).hasSizeGreaterThan(4_500).doesNotHaveDuplicates().allSatisfy(uln -> {
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (10 - i) * (uln.charAt(i) - '0');
            }
            assertThat(uln.charAt(9) - '0').isEqualTo(10 - sum % 11);
        });
    }

    @Test
    void every_kind_of_request_answers_and_the_searches_find_their_learner() throws Exception {
        // the server closes the database it serves, so it gets one of its own
        Database served = TestDatabase.fresh();
        Loaded loaded = LearnerCorpus.load(served.jdbi(), 3_000, 20, 43L, 300);

        Timings timings = LearnerSearchBench.measure(served, loaded.sample(), 0, 4, false);

        assertThat(timings.kinds.keySet())
                .containsAll(QueryMix.kinds().stream().map(QueryMix.Kind::name).toList());
        long searches = 0;
        long found = 0;
        for (Map.Entry<String, Timings.Kind> e : timings.kinds.entrySet()) {
            Timings.Kind kind = e.getValue();
            assertThat(kind.http).as(e.getKey()).hasSize(4);
            if (!e.getKey().equals(QueryMix.BASELINE)) {
                assertThat(kind.totals).as(e.getKey()).anyMatch(total -> total > 0);
                assertThat(kind.slowestStatements).as(e.getKey()).isNotEmpty();
                searches += kind.totals.size();
                found += kind.totals.stream().filter(total -> total > 0).count();
            }
        }
        // a family name with a space ("Da Silva") alone is searched as a given and a family name, and found by none
        assertThat(found).isGreaterThanOrEqualTo(searches * 9 / 10);
    }

    private static long number(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
