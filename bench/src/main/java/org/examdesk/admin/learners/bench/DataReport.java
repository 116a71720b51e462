package org.examdesk.admin.learners.bench;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** A few figures of the generated data that show how it is spread, printed before the searches. */
final class DataReport {
    private static final String[] QUERIES = {
        """
        select format('learners per centre: min %s, median %s, p90 %s, max %s (%s centres)', min(n),
                      percentile_disc(0.5) within group (order by n), percentile_disc(0.9) within group (order by n),
                      max(n), count(*))
          from (select count(*) n from learners group by centre_id) c""",
        """
        select format('family names: %s distinct; the 3 commonest %s; %s%% of learners share theirs with at most'
                      || ' 20 others; %s%% hyphenated, %s%% with a letter outside ASCII, %s%% Mc/Mac/O''/D''',
                      count(*), string_agg(case when rank <= 3 then family_name || ' ' || n end, ', '),
                      round(100.0 * sum(n) filter (where n <= 21) / sum(n), 1),
                      round(100.0 * sum(n) filter (where family_name like '%-%') / sum(n), 1),
                      round(100.0 * sum(n) filter (where family_name ~ '[^ -~]') / sum(n), 1),
                      round(100.0 * sum(n) filter (where family_name ~ '^(Mc|Mac|O''|D'')') / sum(n), 1))
          from (select family_name, count(*) n, rank() over (order by count(*) desc) rank
                  from learners group by family_name) f""",
        """
        select format('given names: %s distinct, the commonest %s; learners created %s to %s', count(*),
                      (select given_name || ' ' || count(*) from learners group by given_name order by count(*) desc limit 1),
                      (select min(created_at)::date from learners), (select max(created_at)::date from learners))
          from (select distinct given_name from learners) g""",
        """
        select format('registrations per learner: %s', string_agg(k || ': ' || n, ', ' order by k))
          from (select k, count(*) n
                  from (select l.id, count(r.id) k from learners l left join registrations r on r.learner_id = l.id
                         group by l.id) per group by k) d""",
        """
        select format('results: %s rows (%s overall grades); overall grades %s', count(*),
                      count(*) filter (where unit_id is null),
                      (select string_agg(grade || ' ' || n, ', ' order by n desc)
                         from (select grade, count(*) n from learner_results where unit_id is null group by grade) g))
          from learner_results""",
        """
        select format('pass rate of the pass/fail products, lowest to highest: %s%% to %s%%; share of D* among BTEC'
                      || ' overall grades: %s%% to %s%%', min(pass), max(pass), min(dstar), max(dstar))
          from (select case when count(*) filter (where grade = 'F') > 0
                            then round(100.0 * count(*) filter (where grade = 'P') / count(*)) end pass,
                       case when count(*) filter (where grade = 'M') > 0
                            then round(100.0 * count(*) filter (where grade = 'D*') / count(*)) end dstar
                  from learner_results where unit_id is null group by product_id) p"""
    };

    private DataReport() {}

    static List<String> lines(Jdbi jdbi) {
        return jdbi.withHandle(h -> java.util.Arrays.stream(QUERIES)
                .map(q -> h.createQuery(q).mapTo(String.class).one())
                .toList());
    }
}
