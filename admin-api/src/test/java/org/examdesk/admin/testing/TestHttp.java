package org.examdesk.admin.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A small HTTP client for tests: raw bodies in, status + JSON + headers out. */
public final class TestHttp {
    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    public TestHttp(URI base) {
        this.base = base;
    }

    public record Response(int status, JsonNode json, String body, HttpHeaders headers) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Response get(String path, String token) {
        return send("GET", path, null, token);
    }

    public Response post(String path, String body, String token) {
        return send("POST", path, body, token);
    }

    public Response put(String path, String body, String token) {
        return send("PUT", path, body, token);
    }

    public Response delete(String path, String token) {
        return send("DELETE", path, null, token);
    }

    public Response send(String method, String path, String body, String token) {
        return send(method, path, body, token, Map.of());
    }

    /** A JSON request with extra headers (such as {@code Idempotency-Key}). */
    public Response send(String method, String path, String body, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        headers.forEach(request::header);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return exchange(request);
    }

    /** Sends a prepared request (for multipart uploads and other raw bodies). */
    public Response exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode parsed = null;
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (contentType.contains("json") && !response.body().isEmpty()) {
                parsed = json.readTree(response.body());
            }
            return new Response(response.statusCode(), parsed, response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI base() {
        return base;
    }

    /** Signs in and returns the bearer token. */
    public String login(String username, String password) {
        Response response =
                post("/api/v1/sessions", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null);
        if (response.status() != 201) {
            throw new IllegalStateException("login failed: " + response.status() + " " + response.body());
        }
        return response.json().get("token").asText();
    }
}
