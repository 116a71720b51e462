package org.examdesk.admin.learners.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examdesk.admin.learners.groups.GroupFixture.csv;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Learner-group uploads over HTTP on the demo data: the job and its progress, every record rule, amending and
 * removing records, the all-or-nothing submission, and who may do what. Bad files: {@link LearnerGroupFilesIT}.
 */
class LearnerGroupsIT {
    private static TestServer api;
    private static TestHttp http;
    private static Jdbi jdbi;
    private static GroupFixture groups;
    private static String centreAdmin;
    private static String assessor;
    private static String hillsideAdmin;
    private static String officer;
    private static String agent;

    @BeforeAll
    static void start() {
        api = new TestServer().start();
        http = api.http();
        jdbi = api.jdbi();
        groups = new GroupFixture(http, jdbi);
        centreAdmin = api.callers().staff(Role.CENTRE_ADMINISTRATOR, "40123");
        assessor = api.callers().staff(Role.ASSESSOR, "40123");
        hillsideAdmin = api.callers().staff(Role.CENTRE_ADMINISTRATOR, "40456");
        officer = api.callers().staff(Role.EXAMS_OFFICER, "40123");
        agent = api.callers().staff(Role.SUPPORT_AGENT, null);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static List<String> codes(JsonNode record) {
        List<String> codes = new ArrayList<>();
        record.get("reasons")
                .forEach(r ->
                        codes.add(r.get("field").asText() + ":" + r.get("code").asText()));
        return codes;
    }

    /** The ids of the groups of a page (not of their centres). */
    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(g -> ids.add(g.get("id").asLong()));
        return ids;
    }

    private static String reasons(JsonNode record) {
        return record.get("reasons").toString();
    }

    @Test
    void a_valid_file_is_checked_by_a_job_then_submitted_and_its_learners_can_be_registered() {
        String uln = groups.known("Siân", "Llewellyn-Jones", LocalDate.of(2010, 2, 14));
        long learnersBefore = groups.count("select count(*) from learners");
        Response created = groups.upload(
                centreAdmin,
                "Year 11 – Siân's January group",
                "year11.csv",
                csv(
                        "Siân,Llewellyn-Jones,14/02/2010,Female," + uln,
                        "Mateusz,Wójcik,3 May 2009,Male,",
                        "Aoife,O'Sullivan,2009-11-21,,"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("state").asText()).isEqualTo("VALIDATING");
        assertThat(created.json().get("name").asText()).isEqualTo("Year 11 – Siân's January group");
        assertThat(created.json().get("progress").asInt()).isZero();
        long id = created.json().get("id").asLong();
        JsonNode checked = groups.awaitChecked(centreAdmin, id);
        assertThat(checked.get("state").asText()).isEqualTo("VALIDATED");
        assertThat(checked.get("progress").asInt()).isEqualTo(100);
        assertThat(checked.get("valid").asInt()).isEqualTo(3);
        assertThat(checked.get("invalid").asInt()).isZero();
        assertThat(groups.count("select count(*) from learners"))
                .as("nothing created before submit")
                .isEqualTo(learnersBefore);

        Response submitted = http.post("/api/v1/learner-groups/" + id + "/submit", null, assessor);

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("created").asInt()).isEqualTo(3);
        assertThat(submitted.json().at("/group/state").asText()).isEqualTo("SUBMITTED");
        Response inGroup = http.get("/api/v1/learners?group=" + id, centreAdmin);
        assertThat(inGroup.json().get("total").asInt()).isEqualTo(3);
        assertThat(inGroup.json().get("items").findValuesAsText("familyName"))
                .containsExactlyInAnyOrder("Llewellyn-Jones", "Wójcik", "O'Sullivan");
        assertThat(inGroup.json().get("items").findValuesAsText("learnerRef")).allMatch(r -> r.matches("L\\d{9}"));
        JsonNode sian = groups.record(centreAdmin, id, 2);
        assertThat(sian.get("learnerId").isNumber()).isTrue();
        assertThat(groups.count(
                        "select count(*) from audit_log where action = 'LEARNER_CREATED' and target_id = ?",
                        sian.get("learnerId").asText()))
                .isEqualTo(1);
        assertThat(groups.count(
                        "select count(*) from audit_log where action = 'LEARNER_GROUP_SUBMITTED' and target_id = ?",
                        String.valueOf(id)))
                .isEqualTo(1);
        Response order = http.post(
                "/api/v1/registration-orders",
                "{\"products\":[\"603/5836/0\"],\"learners\":[{\"learnerId\":"
                        + sian.get("learnerId").asLong()
                        + ",\"courseStart\":\"2026-09-01\",\"courseEnd\":\"2027-06-30\"}]}",
                centreAdmin);
        assertThat(order.status()).as(order.body()).isEqualTo(201);
    }

    @Test
    void five_spreadsheet_date_formats_are_all_read_as_the_same_day() {
        JsonNode group = groups.validated(
                centreAdmin,
                csv(
                        "Anna,Iso,2009-05-03,,",
                        "Ben,Slashes,03/05/2009,,",
                        "Cara,Short,3/5/2009,,",
                        "Dev,Dashes,03-05-2009,,",
                        "Eve,Words,3 May 2009,,"));

        assertThat(group.get("valid").asInt()).as(group.toString()).isEqualTo(5);
        Response submitted =
                http.post("/api/v1/learner-groups/" + group.get("id").asLong() + "/submit", null, centreAdmin);
        assertThat(groups.count(
                        "select count(distinct date_of_birth) from learners where group_id = ?",
                        group.get("id").asLong()))
                .isEqualTo(1);
        assertThat(submitted.json().get("created").asInt()).isEqualTo(5);
    }

    @Test
    void every_record_rule_marks_its_record_invalid_with_the_reason_and_the_field_to_fix() {
        LocalDate chloeBorn = jdbi.withHandle(h -> h.createQuery("select date_of_birth from learners l join centres c "
                        + "on c.id = l.centre_id where c.number = '40123' and given_name = 'Chloe' and family_name = 'Evans' "
                        + "order by l.id desc limit 1")
                .mapTo(LocalDate.class)
                .one());
        String amira = groups.known("Amira", "Haddad", LocalDate.of(2010, 9, 1));
        String jonathan = groups.known("Jonathan", "Okafor", LocalDate.of(2009, 12, 2));
        String good = groups.freshUln();
        String badCheck = good.substring(0, 9) + (char) ('0' + (good.charAt(9) - '0' + 1) % 10);
        JsonNode group = groups.validated(
                centreAdmin,
                csv(
                        ",Nogiven,2009-01-01,,",
                        "Ella,,2010-03-30,Female,",
                        "Noah,Fischer,31/02/2010,Male,",
                        "Amira,Haddad,09/01/2010,Female," + amira,
                        "Jon,Okafor,02/12/2009,Male," + jonathan,
                        "Oliver,Brennan,12-07-2009,Male," + badCheck,
                        "Ivy,Short,2009-02-02,,12345",
                        "Leo,Unknown,2009-03-03,," + groups.freshUln(),
                        "Chloe,Evans," + chloeBorn + ",Female,",
                        "Kai,Twice,2009-04-04,,",
                        "kai,TWICE,4 April 2009,,",
                        "\"=HYPERLINK(\"\"http://x.example\"\",\"\"Click\"\")\",Patel,2009-08-15,,",
                        "Ruby,Thompson,7 June 2010,Girl,",
                        "Tom,Young,2009-13-01,,"));

        long id = group.get("id").asLong();
        assertThat(group.get("valid").asInt()).as(group.toString()).isEqualTo(1);
        assertThat(group.get("invalid").asInt()).isEqualTo(13);
        assertThat(codes(groups.record(centreAdmin, id, 2))).containsExactly("givenName:required");
        assertThat(codes(groups.record(centreAdmin, id, 3))).containsExactly("familyName:required");
        assertThat(codes(groups.record(centreAdmin, id, 4))).containsExactly("dateOfBirth:invalid");
        JsonNode lrsDate = groups.record(centreAdmin, id, 5);
        assertThat(codes(lrsDate)).containsExactly("dateOfBirth:lrs_mismatch");
        assertThat(reasons(lrsDate)).contains("2010-01-09").contains("2010-09-01");
        JsonNode lrsName = groups.record(centreAdmin, id, 6);
        assertThat(codes(lrsName)).containsExactly("givenName:lrs_mismatch");
        assertThat(reasons(lrsName)).contains("'Jon'").contains("'Jonathan'");
        assertThat(codes(groups.record(centreAdmin, id, 7))).containsExactly("uln:check_digit");
        assertThat(codes(groups.record(centreAdmin, id, 8))).containsExactly("uln:invalid");
        assertThat(codes(groups.record(centreAdmin, id, 9))).containsExactly("uln:lrs_unknown");
        assertThat(codes(groups.record(centreAdmin, id, 10))).containsExactly("null:existing_learner");
        assertThat(codes(groups.record(centreAdmin, id, 11))).isEmpty();
        JsonNode twice = groups.record(centreAdmin, id, 12);
        assertThat(codes(twice)).containsExactly("null:duplicate");
        assertThat(reasons(twice)).contains("row 11");
        JsonNode formula = groups.record(centreAdmin, id, 13);
        assertThat(formula.get("givenName").asText()).isEqualTo("=HYPERLINK(\"http://x.example\",\"Click\")");
        assertThat(codes(formula)).containsExactly("givenName:invalid");
        assertThat(codes(groups.record(centreAdmin, id, 14))).containsExactly("gender:invalid");
        assertThat(reasons(groups.record(centreAdmin, id, 15))).contains("day first");
        assertThat(groups.records(centreAdmin, id, false)).hasSize(13);
        assertThat(groups.records(centreAdmin, id, true)).hasSize(1);
    }

    @Test
    void a_uln_already_at_the_centre_or_twice_in_the_file_is_invalid() {
        String existing = jdbi.withHandle(h -> h.createQuery(
                        "select trim(l.uln) from learners l join centres c on "
                                + "c.id = l.centre_id join lrs_learners r on r.uln = l.uln where c.number = '40123' order by l.id limit 1")
                .mapTo(String.class)
                .one());
        String twice = groups.known("Sara", "Ahmed", LocalDate.of(2009, 6, 6));
        JsonNode group = groups.validated(
                centreAdmin,
                csv(
                        "Someone,Else,2009-01-01,," + existing,
                        "Sara,Ahmed,2009-06-06,," + twice,
                        "Sara,Ahmed,2009-06-06,," + twice));

        long id = group.get("id").asLong();
        assertThat(codes(groups.record(centreAdmin, id, 2))).contains("uln:existing_learner");
        assertThat(codes(groups.record(centreAdmin, id, 3))).isEmpty();
        assertThat(codes(groups.record(centreAdmin, id, 4))).containsExactly("uln:duplicate");
    }

    @Test
    void an_amended_record_is_checked_again_and_removing_the_first_of_two_clears_the_duplicate() {
        JsonNode group = groups.validated(
                centreAdmin, csv("Noah,Fischer,31/02/2010,Male,", "Kai,Twice,2009-04-04,,", "Kai,Twice,2009-04-04,,"));
        long id = group.get("id").asLong();
        String path = "/api/v1/learner-groups/" + id + "/records/";

        Response stillWrong = http.put(path + "2", "{\"dateOfBirth\":\"30/02/2010\"}", centreAdmin);
        Response fixed = http.put(path + "2", "{\"dateOfBirth\":\"28/02/2010\"}", centreAdmin);
        Response removed = http.delete(path + "3", centreAdmin);

        assertThat(stillWrong.status()).as(stillWrong.body()).isEqualTo(200);
        assertThat(stillWrong.json().at("/record/valid").asBoolean()).isFalse();
        assertThat(stillWrong.json().get("message").asText())
                .contains("still invalid")
                .contains("30/02/2010");
        assertThat(fixed.json().at("/record/valid").asBoolean()).isTrue();
        assertThat(fixed.json().at("/record/familyName").asText())
                .as("fields left out keep their value")
                .isEqualTo("Fischer");
        assertThat(fixed.json().at("/group/invalid").asInt()).isEqualTo(1);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().at("/group/records").asInt()).isEqualTo(2);
        assertThat(removed.json().at("/group/invalid").asInt())
                .as("row 4 is no longer a duplicate")
                .isZero();
        assertThat(http.delete(path + "3", centreAdmin).status()).isEqualTo(404);
        assertThat(groups.count(
                        "select count(*) from audit_log where action = 'LEARNER_GROUP_RECORD_AMENDED' and target_id = ?",
                        id + "/2"))
                .isEqualTo(2);
    }

    @Test
    void submitting_is_refused_while_invalid_records_remain_and_nothing_is_created_until_they_are_gone() {
        JsonNode group = groups.validated(
                centreAdmin, csv("Good,One,2009-01-01,,", "Good,Two,2009-01-02,,", "Bad,Date,2009-02-30,,"));
        long id = group.get("id").asLong();
        long before = groups.writes();

        Response refused = http.post("/api/v1/learner-groups/" + id + "/submit", null, centreAdmin);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("message").asText())
                .contains("Nothing was created")
                .contains("1 of the 3 records")
                .contains("row 4");
        assertThat(groups.writes()).isEqualTo(before);
        assertThat(groups.count(
                        "select count(*) from learners where given_name = 'Good' and family_name in ('One', 'Two')"))
                .isZero();

        Response cleared = http.delete("/api/v1/learner-groups/" + id + "/records?valid=false", centreAdmin);
        Response submitted = http.post("/api/v1/learner-groups/" + id + "/submit", null, centreAdmin);

        assertThat(cleared.json().get("removed").asInt()).isEqualTo(1);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("created").asInt()).isEqualTo(2);
        Response removeAll = http.delete("/api/v1/learner-groups/" + id + "/records", centreAdmin);
        assertThat(removeAll.status())
                .as("removing every record at once is refused")
                .isEqualTo(422);
        assertThat(removeAll.json().get("details").toString()).contains("valid");
    }

    @Test
    void a_learner_created_meanwhile_makes_the_submission_refuse_and_the_record_says_why() {
        JsonNode first = groups.validated(centreAdmin, csv("Lara,Meanwhile,2009-07-07,,"));
        JsonNode second = groups.validated(centreAdmin, csv("Lara,Meanwhile,2009-07-07,,"));
        long learners = groups.count("select count(*) from learners");

        Response one = http.post("/api/v1/learner-groups/" + first.get("id").asLong() + "/submit", null, centreAdmin);
        Response two = http.post("/api/v1/learner-groups/" + second.get("id").asLong() + "/submit", null, centreAdmin);

        assertThat(one.status()).isEqualTo(200);
        assertThat(two.status()).isEqualTo(409);
        assertThat(groups.count("select count(*) from learners")).isEqualTo(learners + 1);
        JsonNode record = groups.record(centreAdmin, second.get("id").asLong(), 2);
        assertThat(codes(record)).containsExactly("null:existing_learner");
        assertThat(reasons(record)).contains("already a learner at your centre");
    }

    @Test
    void a_submission_retried_with_its_key_is_answered_again_and_changes_nothing() {
        JsonNode group = groups.validated(centreAdmin, csv("Rita,Retry,2009-08-08,,"));
        String path = "/api/v1/learner-groups/" + group.get("id").asLong();
        Map<String, String> key = Map.of("Idempotency-Key", "submit-retry-0001");

        Response first = http.send("POST", path + "/submit", null, centreAdmin, key);
        Response again = http.send("POST", path + "/submit", null, centreAdmin, key);
        Response withoutKey = http.post(path + "/submit", null, centreAdmin);

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(withoutKey.status()).isEqualTo(409);
        assertThat(withoutKey.json().get("message").asText()).contains("has been submitted");
        assertThat(http.put(path + "/records/2", "{\"givenName\":\"Rita\"}", centreAdmin)
                        .status())
                .isEqualTo(409);
        assertThat(groups.count("select count(*) from learners where family_name = 'Retry'"))
                .isEqualTo(1);
    }

    @Test
    void the_group_name_is_required_and_unique_to_its_owner() {
        String name = groups.name();
        String otherAdmin = api.callers().staff(Role.CENTRE_ADMINISTRATOR, "40123");
        byte[] file = csv("Una,Named,2009-01-01,,");

        Response first = groups.upload(centreAdmin, name, "a.csv", file);
        long writes = groups.writes();
        Response again = groups.upload(centreAdmin, name.toUpperCase(), "a.csv", file);
        Response blank = groups.upload(centreAdmin, "  ", "a.csv", file);
        Response missing = groups.upload(centreAdmin, null, "a.csv", file);
        Response otherOwner = groups.upload(otherAdmin, name, "a.csv", file);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("message").asText()).contains("'" + name.toUpperCase() + "'");
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.json().get("details").toString()).contains("name");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(otherOwner.status()).as("unique per user, not per centre").isEqualTo(201);
        assertThat(groups.writes()).isGreaterThan(writes);
        groups.awaitChecked(centreAdmin, first.json().get("id").asLong());
        groups.awaitChecked(otherAdmin, otherOwner.json().get("id").asLong());
    }

    @Test
    void an_upload_retried_with_its_key_makes_one_group() {
        Map<String, String> key = Map.of("Idempotency-Key", "upload-retry-0001");
        String name = groups.name();
        byte[] file = csv("Una,Retried,2009-01-01,,");

        Response first = groups.upload(centreAdmin, name, "a.csv", file, key);
        Response again = groups.upload(centreAdmin, name, "a.csv", file, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(groups.count("select count(*) from learner_groups where name = ?", name))
                .isEqualTo(1);
        groups.awaitChecked(centreAdmin, first.json().get("id").asLong());
    }

    @Test
    void another_centre_sees_no_group_agents_read_every_group_and_other_roles_are_refused() {
        JsonNode group = groups.validated(centreAdmin, csv("Scope,Check,2009-01-01,,"));
        String path = "/api/v1/learner-groups/" + group.get("id").asLong();

        assertThat(http.get(path, hillsideAdmin).status()).isEqualTo(404);
        assertThat(http.get(path + "/records", hillsideAdmin).status()).isEqualTo(404);
        assertThat(http.put(path + "/records/2", "{\"givenName\":\"X\"}", hillsideAdmin)
                        .status())
                .isEqualTo(404);
        assertThat(http.post(path + "/submit", null, hillsideAdmin).status()).isEqualTo(404);
        assertThat(http.get(path, agent).status()).isEqualTo(200);
        assertThat(http.get(path + "/records", agent).status()).isEqualTo(200);
        assertThat(http.post(path + "/submit", null, agent).status()).isEqualTo(403);
        assertThat(http.get(path, officer).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/learner-groups", officer).status()).isEqualTo(403);
        JsonNode hillsideList =
                http.get("/api/v1/learner-groups?size=200", hillsideAdmin).json();
        assertThat(ids(hillsideList)).doesNotContain(group.get("id").asLong());
        JsonNode agentList = http.get(
                        "/api/v1/learner-groups?q=" + group.get("name").asText().replace(" ", "%20"), agent)
                .json();
        assertThat(ids(agentList)).containsExactly(group.get("id").asLong());
        assertThat(http.get("/api/v1/learner-groups/abc", centreAdmin).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/learners?group=abc", centreAdmin).status()).isEqualTo(422);
    }

    @Test
    void the_demo_group_waits_at_riverside_with_its_invalid_records_for_the_centre_administrator() {
        JsonNode list = http.get("/api/v1/learner-groups?q=Year%2010%20September", assessor)
                .json();

        assertThat(list.get("total").asInt()).isEqualTo(1);
        JsonNode demo = list.get("items").get(0);
        assertThat(demo.get("owner").asText()).isEqualTo("Paul Lane");
        assertThat(demo.get("state").asText()).isEqualTo("VALIDATED");
        assertThat(demo.get("valid").asInt()).isEqualTo(4);
        assertThat(demo.get("invalid").asInt()).isEqualTo(9);
        long id = demo.get("id").asLong();
        List<String> all = new ArrayList<>();
        groups.records(assessor, id, false).forEach(r -> all.addAll(codes(r)));
        assertThat(all)
                .contains(
                        "dateOfBirth:lrs_mismatch",
                        "givenName:lrs_mismatch",
                        "uln:check_digit",
                        "familyName:required",
                        "null:duplicate",
                        "null:existing_learner",
                        "givenName:invalid",
                        "gender:invalid");
        Response exported = http.get("/api/v1/learner-groups/" + id + "/records.csv?valid=false", assessor);
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.header("Content-Type")).startsWith("text/csv");
        assertThat(exported.body())
                .contains("\"'=HYPERLINK(")
                .doesNotContain(",=HYPERLINK")
                .doesNotContain("\"=HYPERLINK");
    }

    @Test
    void a_check_that_stopped_reporting_long_ago_leaves_the_group_failed_when_it_is_read() {
        long stale = jdbi.withHandle(h -> h.createQuery(
                        "insert into learner_groups (centre_id, owner_id, name, file_name, state, updated_at) "
                                + "select centre_id, owner_id, 'Stopped midway', 'a.csv', 'VALIDATING', now() - interval '1 hour' "
                                + "from learner_groups where name = 'Year 10 September' returning id")
                .mapTo(Long.class)
                .one());

        JsonNode group =
                http.get("/api/v1/learner-groups/" + stale, centreAdmin).json();
        Response submit = http.post("/api/v1/learner-groups/" + stale + "/submit", null, centreAdmin);

        assertThat(group.get("state").asText()).isEqualTo("FAILED");
        assertThat(group.get("message").asText()).contains("Upload the file again");
        assertThat(submit.status()).isEqualTo(409);
        assertThat(submit.json().get("message").asText()).contains("failed");
    }
}
