package org.examdesk.admin.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestServer;
import org.examdesk.admin.web.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenApiIT {
    private static TestServer api;
    private static TestHttp http;

    @BeforeAll
    static void start() {
        api = new TestServer().start();
        http = api.http();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void every_registered_route_is_in_the_document_with_its_access_and_a_written_description() {
        JsonNode doc = http.get("/api/v1/openapi.json", null).json();
        List<OpenApiDocument.Route> routes = OpenApiDocument.routes(api.javalin().unsafe);
        OpenApiDocument described = new OpenApiDocument(Json.mapper());

        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(routes).hasSizeGreaterThan(20);
        List<String> missing = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        for (OpenApiDocument.Route route : routes) {
            JsonNode op =
                    doc.path("paths").path(route.path()).path(route.method().toLowerCase(Locale.ROOT));
            if (op.isMissingNode() || op.path("x-access").isEmpty()) {
                missing.add(route.method() + " " + route.path());
            }
            if (!described.describes(route)) {
                undocumented.add(route.method() + " " + route.path());
            }
        }
        assertThat(missing).as("routes missing from openapi.json").isEmpty();
        assertThat(undocumented)
                .as("routes to describe in admin-api/src/main/resources/openapi/operations.json")
                .isEmpty();
        assertThat(doc.at("/paths/~1api~1v1~1students~1{id}~1email/put/x-access/0")
                        .asText())
                .isEqualTo("STUDENT_ADMIN");
    }
}
