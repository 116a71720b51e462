package org.examdesk.admin.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examdesk.admin.openapi.OpenApiDocument;
import org.examdesk.admin.testing.TestCallers;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The authorization table generated from the router: every route under {@code /api/v1}, as registered with its
 * access rule, is called by an anonymous visitor, a signed-in student, the bot's service token and a staff member
 * of every role (one session each; signing out gets a fresh one). Who the rule keeps out must get 401 (anonymous) or 403 and nothing else; who it lets through must
 * never get 401, nor a 5xx, whatever dummy ids and empty bodies they send. A new route is in the table the moment it
 * is registered: no row to forget. (Which centre's data each admitted role may see is the hand-written
 * {@link AuthorizationIT}'s work, route by route.)
 */
class RouteAccessIT {
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    /** Routes whose own answer to a wrong secret is 401 (a sign-in), so an admitted caller may get it. */
    private static final Set<String> SIGN_INS = Set.of(
            "POST /api/v1/sessions",
            "POST /api/v1/student-auth/login",
            "POST /api/v1/student-auth/activate",
            "POST /api/v1/student-auth/forgotten-password",
            "POST /api/v1/candidate-auth/login");

    private static TestServer api;
    private static TestHttp http;
    private static TestCallers callers;
    private static long student;

    /** One kind of caller: how to get a fresh token, and the caller the rules see (null when anonymous). */
    private record Who(String name, Supplier<String> token, Caller caller) {}

    @BeforeAll
    static void start() {
        api = new TestServer().start();
        http = api.http();
        callers = api.callers();
        student = api.jdbi().withHandle(h -> h.createQuery("select min(id) from students")
                .mapTo(Long.class)
                .one());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static List<Who> everyone() {
        List<Who> who = new ArrayList<>();
        who.add(new Who("anonymous", () -> null, null));
        who.add(new Who(
                "student",
                () -> callers.student(student),
                new Caller(Caller.Kind.STUDENT, student, "s", Set.of(), null, "api", null)));
        who.add(new Who(
                "service", callers::service, new Caller(Caller.Kind.SERVICE, 0, "bot", Set.of(), null, "api", null)));
        for (Role role : Role.values()) {
            who.add(new Who(
                    role.name(),
                    () -> callers.staff(role, "40123"),
                    new Caller(Caller.Kind.STAFF, 0, "t", EnumSet.of(role), null, "api", null)));
        }
        return who;
    }

    @Test
    void every_route_keeps_out_exactly_whom_its_access_rule_names_and_never_fails_those_it_admits() {
        List<OpenApiDocument.Route> routes = OpenApiDocument.routes(api.javalin().unsafe);
        List<String> wrong = new ArrayList<>();
        List<Who> everyone = everyone();
        Map<String, String> tokens = new HashMap<>();
        int calls = 0;
        for (OpenApiDocument.Route route : routes) {
            String key = route.method() + " " + route.path();
            List<Access> rules = route.access().stream().map(Access::valueOf).toList();
            assertThat(rules).as(key + " names its access rule").isNotEmpty();
            boolean signsOut = key.equals("DELETE /api/v1/sessions/current");
            for (Who who : everyone) {
                boolean admitted = rules.stream().anyMatch(a -> a.admits(who.caller()));
                String token = signsOut
                        ? who.token().get()
                        : tokens.computeIfAbsent(who.name(), n -> who.token().get());
                // a body only where a change takes one: a GET with a body is not a request a client sends
                String body = route.method().equals("GET") ? null : "{}";
                int status = http.send(route.method(), filled(route.path()), body, token)
                        .status();
                calls++;
                String problem = problem(key, admitted, who, status);
                if (problem != null) {
                    wrong.add(problem);
                }
            }
        }
        assertThat(routes).hasSizeGreaterThan(100);
        assertThat(calls).isEqualTo(routes.size() * everyone.size());
        assertThat(wrong)
                .as("routes that answered a caller against their access rule")
                .isEmpty();
    }

    private static String problem(String key, boolean admitted, Who who, int status) {
        if (!admitted) {
            int expected = who.caller() == null ? 401 : 403;
            return status == expected ? null : key + " as " + who.name() + ": " + status + ", expected " + expected;
        }
        if (status >= 500 || (status == 401 && !SIGN_INS.contains(key))) {
            return key + " as " + who.name() + " (admitted): " + status;
        }
        return null;
    }

    /** The path with a dummy for each parameter, of the shape the parameter takes. */
    private static String filled(String path) {
        Map<String, String> dummies = Map.of(
                "number", "00000001",
                "importId", UUID.randomUUID().toString(),
                "reference", "AC00000001",
                "team", "T0",
                "user", "U0");
        Matcher m = PARAM.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = path.startsWith("/api/v1/conversations") && name.equals("id")
                    ? UUID.randomUUID().toString()
                    : dummies.getOrDefault(name, "999999");
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
