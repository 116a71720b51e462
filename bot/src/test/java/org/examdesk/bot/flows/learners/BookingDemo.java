package org.examdesk.bot.flows.learners;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.examdesk.admin.testing.TestHttp;

/**
 * The demo cases of bookings, cancellation and claims (demo/BookingSeeder, docs/learners.md) as the bot's ITs check
 * them through the admin API: the learner of a name (the newest, the demo case), their registrations and bookings.
 */
public final class BookingDemo {
    /** A demo learner whose registration one condition blocks, and the words that name the condition. */
    public record Blocked(String name, String condition) {}

    public static final List<Blocked> FIVE = List.of(
            new Blocked("Noah Fletcher", "A test has been taken: U2"),
            new Blocked("Chloe Evans", "A test is booked: U1 Mathematics"),
            new Blocked("Grace Whitfield", "A result is linked: U1 Reading"),
            new Blocked("Rhys Parry", "An outcome has been added for an internally assessed unit: U1 Human Lifespan"),
            new Blocked("Hannah Doyle", "A claim has been made: AC"));

    public static final String SPORT = "603/0456/1";
    public static final String BUSINESS = "603/0457/3";

    private final TestHttp http;
    private final String token;

    public BookingDemo(TestHttp http, String centreAdministratorToken) {
        this.http = http;
        this.token = centreAdministratorToken;
    }

    /** The newest learner at the centre with this full name (the demo case; older ones may share the name). */
    public JsonNode learner(String name) {
        JsonNode newest = null;
        for (JsonNode l : http.get(
                        "/api/v1/learners?size=50&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8), token)
                .json()
                .get("items")) {
            if ((l.get("givenName").asText() + " " + l.get("familyName").asText()).equals(name)
                    && (newest == null
                            || l.get("id").asLong() > newest.get("id").asLong())) {
                newest = l;
            }
        }
        if (newest == null) {
            throw new AssertionError("no demo learner " + name);
        }
        return newest;
    }

    /** The learner's id (such as L00000101), shown on the bot's choice buttons. */
    public String ref(String name) {
        return learner(name).get("learnerRef").asText();
    }

    public JsonNode bookings(String name) {
        return http.get("/api/v1/bookings?learner=" + learner(name).get("id").asLong(), token)
                .json();
    }

    /** The learner's registration on {@code product}, as the cancellation check answers it. */
    public JsonNode registration(String name, String product) {
        JsonNode detail = http.get("/api/v1/learners/" + learner(name).get("id").asLong(), token)
                .json();
        for (JsonNode r : detail.get("registrations")) {
            if (r.get("productReference").asText().equals(product)) {
                return http.get("/api/v1/registrations/" + r.get("id").asLong(), token)
                        .json();
            }
        }
        throw new AssertionError(name + " has no registration on " + product);
    }

    public JsonNode claims(String state) {
        return http.get("/api/v1/claims?state=" + state, token).json();
    }
}
