package org.examdesk.admin.learners.groups;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.examdesk.admin.learners.intake.Uln;
import org.examdesk.admin.testing.Await;
import org.examdesk.admin.testing.Multipart;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.jdbi.v3.core.Jdbi;

/** What the learner-group tests do over and over: upload a file, wait for its check, read records, count rows. */
final class GroupFixture {
    static final String HEADER = "Given name,Family name,Date of birth,Gender,ULN";

    private final TestHttp http;
    private final Jdbi jdbi;
    private final AtomicInteger names = new AtomicInteger();
    private final AtomicInteger ulns = new AtomicInteger(301_000_000);

    GroupFixture(TestHttp http, Jdbi jdbi) {
        this.http = http;
        this.jdbi = jdbi;
    }

    /** A group name no test has used. */
    String name() {
        return "Group " + names.incrementAndGet();
    }

    /** A CSV of the template's header and these lines. */
    static byte[] csv(String... lines) {
        return (HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    Response upload(String token, String name, String fileName, byte[] file) {
        return upload(token, name, fileName, file, Map.of());
    }

    Response upload(String token, String name, String fileName, byte[] file, Map<String, String> headers) {
        Map<String, String> fields = new HashMap<>();
        if (name != null) {
            fields.put("name", name);
        }
        var request = Multipart.upload(http.base().resolve("/api/v1/learner-groups"), token, fileName, file, fields);
        headers.forEach(request::header);
        return http.exchange(request);
    }

    /** Uploads and waits until every record is checked; the group then. */
    JsonNode validated(String token, byte[] file) {
        Response created = upload(token, name(), "learners.csv", file);
        if (created.status() != 201) {
            throw new AssertionError("upload refused: " + created.body());
        }
        return awaitChecked(token, created.json().get("id").asLong());
    }

    JsonNode awaitChecked(String token, long id) {
        return Await.atMost(Await.DEFAULT)
                .until(
                        "learner group " + id + " to be checked",
                        () -> http.get("/api/v1/learner-groups/" + id, token).json(),
                        g -> !g.get("state").asText().equals("VALIDATING"));
    }

    /** The records of a group, {@code valid} null for all. */
    JsonNode records(String token, long id, Boolean valid) {
        String query = valid == null ? "" : "?valid=" + valid;
        Response response = http.get(
                "/api/v1/learner-groups/" + id + "/records" + query + (query.isEmpty() ? "?" : "&") + "size=200",
                token);
        if (response.status() != 200) {
            throw new AssertionError(response.body());
        }
        return response.json().get("items");
    }

    /** The record on row {@code n} of the group. */
    JsonNode record(String token, long id, int n) {
        for (JsonNode r : records(token, id, null)) {
            if (r.get("n").asInt() == n) {
                return r;
            }
        }
        throw new AssertionError("no record on row " + n);
    }

    /** A valid ULN the Learner Records Service holds for this learner. */
    String known(String given, String family, LocalDate dob) {
        String uln = freshUln();
        jdbi.useHandle(h -> h.execute(
                "insert into lrs_learners (uln, given_name, family_name, date_of_birth) values (?, ?, ?, ?)",
                uln,
                given,
                family,
                dob));
        return uln;
    }

    /** A valid ULN no one has. */
    String freshUln() {
        while (true) {
            String nine = String.valueOf(ulns.incrementAndGet());
            int check = Uln.checkDigit(nine);
            if (check >= 0) {
                return nine + check;
            }
        }
    }

    long count(String sql, Object... args) {
        return jdbi.withHandle(h -> {
            var q = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                q.bind(i, args[i]);
            }
            return q.mapTo(Long.class).one();
        });
    }

    /** Learners, groups and group records: what an upload or a submission may write. */
    long writes() {
        return count("select count(*) from learners")
                + count("select count(*) from learner_groups")
                + count("select count(*) from learner_group_records");
    }
}
