package org.examdesk.admin.bench;

import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** A few figures of the generated students that show how they are spread, printed before the searches. */
final class StudentDataReport {
    private static final String[] QUERIES = {
        """
        select format('students per centre: min %s, median %s, p90 %s, p99 %s, max %s (%s centres, %s of 2,000+)',
                      min(n), percentile_disc(0.5) within group (order by n),
                      percentile_disc(0.9) within group (order by n), percentile_disc(0.99) within group (order by n),
                      max(n), count(*), count(*) filter (where n >= 2000))
          from (select count(*) n from students group by centre_id) c""",
        """
        select format('surnames: %s distinct; the 3 commonest %s; %s%% of students share theirs with at most 20'
                      || ' others; %s%% hyphenated, %s%% with a letter outside ASCII, %s%% Mc/Mac/O''/D''',
                      count(*), string_agg(case when rank <= 3 then surname || ' ' || n end, ', '),
                      round(100.0 * sum(n) filter (where n <= 21) / sum(n), 1),
                      round(100.0 * sum(n) filter (where surname like '%-%') / sum(n), 1),
                      round(100.0 * sum(n) filter (where surname ~ '[^ -~]') / sum(n), 1),
                      round(100.0 * sum(n) filter (where surname ~ '^(Mc|Mac|O''|D'')') / sum(n), 1))
          from (select surname, count(*) n, rank() over (order by count(*) desc) rank
                  from students group by surname) f""",
        """
        select format('forenames: %s distinct, the commonest %s; created %s to %s; %s%% without an email',
                      count(*),
                      (select forename || ' ' || count(*) from students group by forename order by count(*) desc limit 1),
                      (select min(created_at)::date from students), (select max(created_at)::date from students),
                      (select round(100.0 * count(*) filter (where email is null) / count(*), 1) from students))
          from (select distinct forename from students) g""",
        """
        select format('status %s; school year %s; created by %s; without mock %s%%, without high stakes %s%%',
                      (select string_agg(status || ' ' || n, ', ' order by n desc)
                         from (select status, count(*) n from students group by status) s),
                      (select string_agg(school_year || ': ' || n, ', ' order by school_year)
                         from (select school_year, count(*) n from students group by school_year) y),
                      (select string_agg(created_by || ' ' || n, ', ' order by n desc)
                         from (select created_by, count(*) n from students group by created_by) b),
                      round(100.0 * count(*) filter (where not mock_permission) / count(*), 1),
                      round(100.0 * count(*) filter (where not high_stakes_permission) / count(*), 1))
          from students""",
        """
        select format('at the %s centres of 200+ students, each holds %s to %s of the 5 statuses, %s to %s of the'
                      || ' 7 school years, %s to %s distinct (status, year, permissions, created by) combinations',
                      count(*), min(statuses), max(statuses), min(years), max(years), min(combos), max(combos))
          from (select count(distinct status) statuses, count(distinct school_year) years,
                       count(distinct (status, school_year, mock_permission, high_stakes_permission, created_by))
                           combos
                  from students group by centre_id having count(*) >= 200) c"""
    };

    private StudentDataReport() {}

    static List<String> lines(Jdbi jdbi) {
        return jdbi.withHandle(h -> Arrays.stream(QUERIES)
                .map(q -> h.createQuery(q).mapTo(String.class).one())
                .toList());
    }
}
