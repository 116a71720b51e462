package org.examdesk.admin.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.examdesk.admin.testing.TestCallers;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint of the student-accounts and learner-management features, called by every role at the target's own centre and at
 * another centre, by a student, by the bot's service token and anonymously, with the status each must get.
 * The target is always a Riverside (40123) student or thing; "other" callers are at Hillside (40456).
 */
class AuthorizationIT {
    private static final Set<Role> STUDENT_ADMINS =
            EnumSet.of(Role.EXAMS_OFFICER, Role.EXAMS_MANAGER, Role.EXAMS_ASSISTANT);
    private static final Set<Role> ACROSS = EnumSet.of(Role.SUPPORT_AGENT, Role.BOARD_ADMIN);
    private static final Set<Role> LEARNER_ADMINS = EnumSet.of(Role.CENTRE_ADMINISTRATOR, Role.ASSESSOR);
    private static final Set<Role> NONE = EnumSet.noneOf(Role.class);
    private static final Set<Role> CENTRE_ADMIN = EnumSet.of(Role.CENTRE_ADMINISTRATOR);
    /** Zoë Łukasiewicz, a demo student at Riverside only. */
    private static final String RIVERSIDE_NAME_MATCH = "/api/v1/students/match?q=Zo%C3%AB%20%C5%81ukasiewicz";

    private static TestServer api;
    private static TestHttp http;
    private static Jdbi jdbi;
    private static TestCallers callers;
    private static long student;
    private static String studentUci;
    private static String importId;
    private static long learner;
    private static String learnerRef;
    private static long waitingGroup;
    private static long submittedGroup;

    /**
     * One row of the table. {@code centreRoles}: roles allowed for their own centre (other centre: {@code other}
     * status); {@code acrossRoles}: roles allowed for every centre; everyone else on staff: 403.
     */
    record Endpoint(
            String method,
            String path,
            String body,
            int ok,
            int other,
            Set<Role> centreRoles,
            Set<Role> acrossRoles,
            int asStudent,
            int asService,
            int anonymous) {
        /** Open to everyone: every caller gets {@code status}. */
        static Endpoint open(String method, String path, String body, int status) {
            Set<Role> all = EnumSet.allOf(Role.class);
            return new Endpoint(method, path, body, status, status, all, all, status, status, status);
        }

        /** For a signed-in student only (their own account). */
        static Endpoint studentOnly(String method, String path, String body, int status) {
            return new Endpoint(method, path, body, status, status, NONE, NONE, status, 403, 401);
        }

        int expected(Role role, boolean own) {
            if (acrossRoles.contains(role)) {
                return ok;
            }
            if (centreRoles.contains(role)) {
                return own ? ok : other;
            }
            return 403;
        }
    }

    @BeforeAll
    static void start() {
        api = new TestServer().start();
        http = api.http();
        jdbi = api.jdbi();
        callers = api.callers();
        student = jdbi.withHandle(h -> h.createQuery("select s.id from students s join centres c on c.id = s.centre_id "
                        + "where c.number = '40123' and s.status = 'ACTIVE' order by s.id limit 1")
                .mapTo(Long.class)
                .one());
        importId = UUID.randomUUID().toString();
        jdbi.useHandle(h -> h.execute(
                "insert into student_imports (id, centre_id, user_id, file_name, accepted, rejected, "
                        + "rejected_csv) select cast(? as uuid), c.id, (select min(id) from users), 'a.csv', 0, 1, 'Row' "
                        + "from centres c where c.number = '40123'",
                importId));
        // a Riverside learner with no registration and no amendment, so an order preview and an amendment get past
        // their own rules to the scope check
        learner = jdbi.withHandle(h -> h.createQuery(
                        "select l.id from learners l join centres c on c.id = l.centre_id "
                                + "where c.number = '40123' and not exists (select 1 from registrations r where r.learner_id = l.id) "
                                + "and not exists (select 1 from learner_amendments a where a.learner_id = l.id) order by l.id limit 1")
                .mapTo(Long.class)
                .one());
        learnerRef = jdbi.withHandle(h -> h.createQuery("select learner_ref from learners where id = :id")
                .bind("id", learner)
                .mapTo(String.class)
                .one());
        // the demo's waiting group, and a submitted one (so that changes get past the scope check to a stable 409)
        waitingGroup =
                jdbi.withHandle(h -> h.createQuery("select id from learner_groups where name = 'Year 10 September'")
                        .mapTo(Long.class)
                        .one());
        submittedGroup = jdbi.withHandle(h -> h.createQuery(
                        "insert into learner_groups (centre_id, owner_id, name, file_name, state, submitted_at) "
                                + "select centre_id, owner_id, 'Authorization', 'a.csv', 'SUBMITTED', now() "
                                + "from learner_groups where id = :id returning id")
                .bind("id", waitingGroup)
                .mapTo(Long.class)
                .one());
        jdbi.useHandle(h -> {
            h.execute(
                    "insert into learner_group_records (group_id, n, given_name, family_name, date_of_birth, gender, "
                            + "uln, valid) values (?, 2, 'A', 'B', '2009-01-01', '', '', true)",
                    submittedGroup);
            h.execute("update learners set group_id = ?, group_row = 2 where id = ?", submittedGroup, learner);
        });
        studentUci = jdbi.withHandle(h -> h.createQuery("select uci from students where id = :id")
                .bind("id", student)
                .mapTo(String.class)
                .one());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static List<Endpoint> table() {
        String s = "/api/v1/students/" + student;
        String l = "/api/v1/learners/" + learner;
        String waiting = "/api/v1/learner-groups/" + waitingGroup;
        String submitted = "/api/v1/learner-groups/" + submittedGroup;
        // learner management part 2, on the demo data: Noah Fletcher's taken test, Rhys Parry's blocked registration,
        // Hannah Doyle's submitted claim (docs/learners.md)
        String b = "/api/v1/bookings/" + demoId("select min(id) from bookings where taken_at is not null");
        String reg = "/api/v1/registrations/"
                + demoId("select r.id from registrations r join learners l on "
                        + "l.id = r.learner_id where l.given_name = 'Rhys' and l.family_name = 'Parry'");
        String claim = "/api/v1/claims/"
                + jdbi.withHandle(h -> h.createQuery("select min(reference) from claims")
                        .mapTo(String.class)
                        .one());
        return List.of(
                new Endpoint(
                        "GET",
                        "/api/v1/students?uci=" + studentUci,
                        null,
                        200,
                        200,
                        STUDENT_ADMINS,
                        ACROSS,
                        403,
                        403,
                        401),
                new Endpoint("GET", RIVERSIDE_NAME_MATCH, null, 200, 200, STUDENT_ADMINS, ACROSS, 403, 403, 401),
                new Endpoint("GET", s, null, 200, 404, STUDENT_ADMINS, ACROSS, 403, 403, 401),
                new Endpoint(
                        "PUT",
                        s + "/email",
                        "{\"email\":\"authz@pupils.example\"}",
                        200,
                        404,
                        STUDENT_ADMINS,
                        NONE,
                        403,
                        403,
                        401),
                new Endpoint("POST", s + "/reactivate", null, 409, 404, STUDENT_ADMINS, NONE, 403, 403, 401),
                new Endpoint(
                        "PUT",
                        s + "/permissions",
                        "{\"mock\":true,\"highStakes\":true}",
                        200,
                        404,
                        STUDENT_ADMINS,
                        EnumSet.of(Role.BOARD_ADMIN),
                        403,
                        403,
                        401),
                new Endpoint(
                        "GET",
                        "/api/v1/students/imports/template.csv",
                        null,
                        200,
                        200,
                        STUDENT_ADMINS,
                        NONE,
                        403,
                        403,
                        401),
                new Endpoint("POST", "/api/v1/students/imports", "{}", 422, 422, STUDENT_ADMINS, NONE, 403, 403, 401),
                new Endpoint(
                        "GET",
                        "/api/v1/students/imports/" + importId + "/rejected.csv",
                        null,
                        200,
                        404,
                        STUDENT_ADMINS,
                        NONE,
                        403,
                        403,
                        401),
                new Endpoint(
                        "GET",
                        "/api/v1/outbox?to=authz@pupils.example",
                        null,
                        200,
                        200,
                        NONE,
                        EnumSet.of(Role.BOARD_ADMIN),
                        403,
                        403,
                        401),
                new Endpoint(
                        "GET",
                        "/api/v1/audit?targetType=student&targetId=" + student,
                        null,
                        200,
                        404,
                        STUDENT_ADMINS,
                        EnumSet.of(Role.BOARD_ADMIN),
                        403,
                        403,
                        401),
                new Endpoint(
                        "POST",
                        "/api/v1/series/june-2026/verification-codes",
                        "{}",
                        422,
                        422,
                        STUDENT_ADMINS,
                        NONE,
                        403,
                        403,
                        401),
                new Endpoint("GET", "/api/v1/products?q=sport", null, 200, 200, LEARNER_ADMINS, ACROSS, 403, 403, 401),
                new Endpoint(
                        "GET",
                        "/api/v1/learners?q=" + learnerRef,
                        null,
                        200,
                        200,
                        LEARNER_ADMINS,
                        ACROSS,
                        403,
                        403,
                        401),
                // the bot's name match: one centre's learners only, so those who work across centres may not
                new Endpoint(
                        "GET",
                        "/api/v1/learners/match?q=Chloe%20Evans",
                        null,
                        200,
                        200,
                        LEARNER_ADMINS,
                        NONE,
                        403,
                        403,
                        401),
                new Endpoint("GET", l, null, 200, 404, LEARNER_ADMINS, ACROSS, 403, 403, 401),
                new Endpoint(
                        "POST",
                        l + "/amendments",
                        "{\"field\":\"gender\",\"value\":\"OTHER\"}",
                        422,
                        404,
                        LEARNER_ADMINS,
                        NONE,
                        403,
                        403,
                        401),
                new Endpoint(
                        "POST",
                        "/api/v1/registration-orders?preview=true",
                        "{\"products\":[\"603/5836/0\"],\"learners\":[{\"learnerId\":" + learner
                                + ",\"courseStart\":\"2026-09-01\",\"courseEnd\":\"2027-06-30\"}]}",
                        200,
                        404,
                        LEARNER_ADMINS,
                        NONE,
                        403,
                        403,
                        401),
                new Endpoint(
                        "GET",
                        "/api/v1/learner-results?grade=P",
                        null,
                        200,
                        200,
                        LEARNER_ADMINS,
                        ACROSS,
                        403,
                        403,
                        401),
                new Endpoint(
                        "GET",
                        "/api/v1/learners?group=" + submittedGroup,
                        null,
                        200,
                        200,
                        LEARNER_ADMINS,
                        ACROSS,
                        403,
                        403,
                        401),
                new Endpoint(
                        "GET",
                        "/api/v1/learner-groups/template.csv",
                        null,
                        200,
                        200,
                        LEARNER_ADMINS,
                        ACROSS,
                        403,
                        403,
                        401),
                new Endpoint("GET", "/api/v1/learner-groups", null, 200, 200, LEARNER_ADMINS, ACROSS, 403, 403, 401),
                new Endpoint("POST", "/api/v1/learner-groups", "{}", 422, 422, LEARNER_ADMINS, NONE, 403, 403, 401),
                new Endpoint("GET", waiting, null, 200, 404, LEARNER_ADMINS, ACROSS, 403, 403, 401),
                new Endpoint(
                        "GET", waiting + "/records?valid=false", null, 200, 404, LEARNER_ADMINS, ACROSS, 403, 403, 401),
                new Endpoint("GET", waiting + "/records.csv", null, 200, 404, LEARNER_ADMINS, ACROSS, 403, 403, 401),
                new Endpoint(
                        "PUT",
                        submitted + "/records/2",
                        "{\"givenName\":\"Ann\"}",
                        409,
                        404,
                        LEARNER_ADMINS,
                        NONE,
                        403,
                        403,
                        401),
                new Endpoint("DELETE", submitted + "/records/2", null, 409, 404, LEARNER_ADMINS, NONE, 403, 403, 401),
                new Endpoint(
                        "DELETE",
                        submitted + "/records?valid=false",
                        null,
                        409,
                        404,
                        LEARNER_ADMINS,
                        NONE,
                        403,
                        403,
                        401),
                new Endpoint("POST", submitted + "/submit", null, 409, 404, LEARNER_ADMINS, NONE, 403, 403, 401),
                new Endpoint("POST", "/api/v1/bookings", "{}", 422, 422, LEARNER_ADMINS, NONE, 403, 403, 401),
                new Endpoint(
                        "GET",
                        "/api/v1/bookings?from=2026-01-01",
                        null,
                        200,
                        200,
                        LEARNER_ADMINS,
                        ACROSS,
                        403,
                        403,
                        401),
                new Endpoint("GET", b, null, 200, 404, LEARNER_ADMINS, ACROSS, 403, 403, 401),
                new Endpoint("PUT", b, "{\"extraTimePercent\":25}", 409, 404, LEARNER_ADMINS, NONE, 403, 403, 401),
                new Endpoint("DELETE", b, null, 409, 404, LEARNER_ADMINS, NONE, 403, 403, 401),
                new Endpoint("GET", reg, null, 200, 404, LEARNER_ADMINS, ACROSS, 403, 403, 401),
                new Endpoint("POST", reg + "/cancel", null, 409, 404, CENTRE_ADMIN, NONE, 403, 403, 401),
                new Endpoint("POST", "/api/v1/claims", "{}", 422, 422, CENTRE_ADMIN, NONE, 403, 403, 401),
                new Endpoint(
                        "GET",
                        "/api/v1/claims?state=INELIGIBLE",
                        null,
                        200,
                        200,
                        LEARNER_ADMINS,
                        ACROSS,
                        403,
                        403,
                        401),
                new Endpoint("GET", claim, null, 200, 404, LEARNER_ADMINS, ACROSS, 403, 403, 401),
                new Endpoint(
                        "PUT",
                        claim,
                        "{\"awardType\":\"INTERIM\",\"awardDate\":\"" + LocalDate.now(ZoneOffset.UTC)
                                + "\",\"units\":[{\"unit\":\"U1\"," + "\"grade\":\"P\"}]}",
                        409,
                        404,
                        CENTRE_ADMIN,
                        NONE,
                        403,
                        403,
                        401),
                Endpoint.open("GET", "/api/v1/openapi.json", null, 200),
                Endpoint.open("POST", "/api/v1/accounts", "{}", 422),
                Endpoint.open("POST", "/api/v1/accounts/verify", "{\"token\":\"not-a-token\"}", 404),
                Endpoint.open("POST", "/api/v1/accounts/password-resets", "{}", 422),
                Endpoint.open(
                        "POST",
                        "/api/v1/accounts/password-resets/confirm",
                        "{\"token\":\"not-a-token\",\"password\":\"Analytical1\"}",
                        404),
                Endpoint.open("POST", "/api/v1/student-auth/activate", "{}", 422),
                Endpoint.open("POST", "/api/v1/student-auth/login", "{}", 422),
                Endpoint.open("POST", "/api/v1/student-auth/password-resets", "{}", 422),
                Endpoint.open("POST", "/api/v1/student-auth/forgotten-password", "{}", 422),
                new Endpoint(
                        "POST",
                        "/api/v1/student-auth/identity-check",
                        "{\"email\":\"nobody@pupils.example\",\"dateOfBirth\":\"2010-01-01\",\"uci\":\"X\"}",
                        422,
                        422,
                        NONE,
                        NONE,
                        403,
                        422,
                        401),
                Endpoint.studentOnly("GET", "/api/v1/me/student", null, 200),
                Endpoint.studentOnly("POST", "/api/v1/me/student/resend-email", null, 409));
    }

    private static long demoId(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @TestFactory
    Stream<DynamicTest> every_endpoint_answers_every_caller_with_the_expected_status() {
        String studentToken = callers.student(student);
        String serviceToken = callers.service();
        Map<String, String> staff = new HashMap<>();
        for (Role role : Role.values()) {
            if (ACROSS.contains(role)) {
                staff.put(role + " any", callers.staff(role, null));
            } else {
                staff.put(role + " own", callers.staff(role, "40123"));
                staff.put(role + " other", callers.staff(role, "40456"));
            }
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint e : table()) {
            String name = e.method() + " " + e.path();
            tests.add(DynamicTest.dynamicTest(name + " anonymous", () -> check(e, null, e.anonymous())));
            tests.add(DynamicTest.dynamicTest(name + " student", () -> check(e, studentToken, e.asStudent())));
            tests.add(DynamicTest.dynamicTest(name + " service", () -> check(e, serviceToken, e.asService())));
            for (Role role : Role.values()) {
                boolean across = ACROSS.contains(role);
                tests.add(DynamicTest.dynamicTest(
                        name + " " + role + (across ? "" : " own centre"),
                        () -> check(e, staff.get(role + (across ? " any" : " own")), e.expected(role, true))));
                if (!across) {
                    tests.add(DynamicTest.dynamicTest(
                            name + " " + role + " other centre",
                            () -> check(e, staff.get(role + " other"), e.expected(role, false))));
                }
            }
        }
        return tests.stream();
    }

    private static void check(Endpoint e, String token, int expected) {
        Response response = http.send(e.method(), e.path(), e.body(), token);
        assertThat(response.status()).as(response.body()).isEqualTo(expected);
        if (response.status() >= 400) {
            assertThat(response.json()).as("an error in the one JSON shape").isNotNull();
            assertThat(response.json().get("error").isTextual()).isTrue();
        }
        if (e.path().startsWith("/api/v1/students?") && response.status() == 200) {
            boolean sees = token != null && response.json().get("total").asLong() > 0;
            assertThat(sees).as("search result visibility").isEqualTo(seesRiverside(token));
        }
        if (e.path().startsWith("/api/v1/learners?") && response.status() == 200) {
            boolean sees = response.json().get("total").asLong() > 0;
            assertThat(sees).as("learner search visibility").isEqualTo(seesRiverside(token));
        }
        if (e.path().equals(RIVERSIDE_NAME_MATCH) && response.status() == 200) {
            boolean sees = !response.json().get("items").isEmpty();
            assertThat(sees).as("name match visibility").isEqualTo(seesRiverside(token));
        }
    }

    private static boolean seesRiverside(String token) {
        Response me = http.get("/api/v1/me", token);
        boolean across = me.json().get("roles").toString().contains("BOARD_ADMIN")
                || me.json().get("roles").toString().contains("SUPPORT_AGENT");
        return across || "40123".equals(me.json().at("/centre/number").asText());
    }
}
