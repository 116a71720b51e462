package org.examdesk.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.testing.TestCallers;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bodies that are not the object a route expects, and paging numbers too large for any page: a 4xx, never a 500
 * (the candidate list's page is in {@code ResultsAccessIT}, which has a series with candidates).
 */
class BadInputIT {
    @RegisterExtension
    static final TestServer server = new TestServer();

    private static TestHttp http;
    private static String officer;
    private static String agent;
    private static String centreAdmin;

    /** A route that reads a JSON object, and who may call it. */
    private record Route(String method, String path, String token) {}

    @BeforeAll
    static void start() {
        http = server.http();
        TestCallers callers = server.callers();
        officer = callers.staff(Role.EXAMS_OFFICER, "40123");
        agent = callers.staff(Role.SUPPORT_AGENT, null);
        centreAdmin = callers.staff(Role.CENTRE_ADMINISTRATOR, "40123");
    }

    @Test
    void a_body_of_null_an_array_or_a_single_value_is_a_400_in_the_one_error_shape_on_every_kind_of_route() {
        List<Route> routes = List.of(
                new Route("POST", "/api/v1/sessions", null),
                new Route("POST", "/api/v1/articles/reactivate-locked-account/feedback", null),
                new Route("PUT", "/api/v1/students/1/email", officer),
                new Route("POST", "/api/v1/cases", officer),
                new Route("POST", "/api/v1/registration-orders", centreAdmin),
                new Route("POST", "/api/v1/conversations", server.callers().service()));

        for (Route route : routes) {
            for (String body :
                    List.of("null", " null ", "[]", "[{\"email\":\"a@b.example\"}]", "5", "\"text\"", "true")) {
                Response response = http.send(route.method(), route.path(), body, route.token());

                assertThat(response.status())
                        .as(route.method() + " " + route.path() + " with " + body)
                        .isEqualTo(400);
                assertThat(response.json().get("error").asText()).isEqualTo("malformed_json");
                assertThat(response.json().get("message").asText()).contains("JSON object");
                assertThat(response.json().get("requestId").asText()).isEqualTo(response.header("X-Request-Id"));
            }
        }
    }

    @Test
    void an_object_body_is_still_read_as_before() {
        Response wrongPassword = http.send(
                "POST", "/api/v1/sessions", "{\"username\":\"nobody@x.example\",\"password\":\"wrong-one\"}", null);

        assertThat(wrongPassword.status()).isEqualTo(401);
    }

    @Test
    void a_page_or_size_too_large_for_a_number_is_refused_in_the_one_error_shape_on_every_list() {
        List<Route> lists = List.of(
                new Route("GET", "/api/v1/students", officer),
                new Route("GET", "/api/v1/cases", officer),
                new Route("GET", "/api/v1/agent/queue", agent),
                new Route("GET", "/api/v1/learners", centreAdmin));

        for (Route list : lists) {
            for (String query :
                    List.of("page=99999999999", "page=99999999999999999999", "size=99999999999", "page=-99999999999")) {
                Response response = http.get(list.path() + "?" + query, list.token());

                assertThat(response.status()).as(list.path() + "?" + query).isIn(400, 422);
                assertThat(response.json().get("error").asText()).isNotBlank();
                assertThat(response.json().get("message").asText()).isNotBlank();
                assertThat(response.json().get("requestId").asText()).isEqualTo(response.header("X-Request-Id"));
            }
        }
    }
}
