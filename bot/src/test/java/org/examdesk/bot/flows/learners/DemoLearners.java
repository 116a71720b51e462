package org.examdesk.bot.flows.learners;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.examdesk.admin.testing.TestHttp;

/**
 * The demo's Riverside learners, found through the admin API as a centre administrator, for the learner flows'
 * integration tests: learners the bot can name unambiguously (no other learner at the centre has their full name),
 * each handed out once so that tests sharing a database never take the same one.
 */
public final class DemoLearners {
    /** Level 3 Award in Education and Training: seldom ordered in the demo, £65.00 a registration. */
    public static final String TEACHING = "603/5836/0";

    public static final String TEACHING_TITLE = "level 3 award in education and training";

    private final TestHttp http;
    private final String token;
    private final Set<Long> taken = new HashSet<>();

    public DemoLearners(TestHttp http, String centreAdministratorToken) {
        this.http = http;
        this.token = centreAdministratorToken;
    }

    /**
     * {@code n} learners, not handed out before, whose full name is theirs alone at the centre, who are not
     * registered on {@code product} (null: any) and whose one amendment is still available.
     */
    public synchronized List<JsonNode> take(int n, String product) {
        List<JsonNode> found = new ArrayList<>();
        for (int page = 1; page <= 3 && found.size() < n; page++) {
            for (JsonNode learner : http.get("/api/v1/learners?size=200&page=" + page, token)
                    .json()
                    .get("items")) {
                if (found.size() < n && !taken.contains(learner.get("id").asLong()) && fits(learner, product)) {
                    taken.add(learner.get("id").asLong());
                    found.add(learner);
                }
            }
        }
        if (found.size() < n) {
            throw new AssertionError("The demo data has too few learners that fit.");
        }
        return found;
    }

    private boolean fits(JsonNode learner, String product) {
        JsonNode matches = http.get(
                        "/api/v1/learners/match?q=" + URLEncoder.encode(name(learner), StandardCharsets.UTF_8), token)
                .json()
                .get("items");
        if (matches.size() != 1) {
            return false;
        }
        JsonNode detail = detail(learner.get("id").asLong());
        if (!detail.get("amendmentAvailable").asBoolean()) {
            return false;
        }
        for (JsonNode registration : detail.get("registrations")) {
            if (registration.get("productReference").asText().equals(product)) {
                return false;
            }
        }
        return true;
    }

    public JsonNode detail(long id) {
        return http.get("/api/v1/learners/" + id, token).json();
    }

    /** Whether the learner has a registration on {@code product} that is not cancelled. */
    public boolean registeredOn(JsonNode learner, String product) {
        for (JsonNode registration : detail(learner.get("id").asLong()).get("registrations")) {
            if (registration.get("productReference").asText().equals(product)
                    && !registration.get("status").asText().equals("CANCELLED")) {
                return true;
            }
        }
        return false;
    }

    /** The demo's Chloe Evans, who finished the BTEC Sport, and her overall grade in it. */
    public JsonNode chloeEvans() {
        for (JsonNode learner : http.get("/api/v1/learners?q=Chloe%20Evans&size=50", token)
                .json()
                .get("items")) {
            JsonNode detail = detail(learner.get("id").asLong());
            for (JsonNode result : detail.get("results")) {
                if (result.get("productReference").asText().equals("603/0456/1")
                        && result.get("unitCode").isNull()) {
                    return detail;
                }
            }
        }
        throw new AssertionError("no Chloe Evans with a BTEC Sport result");
    }

    public static String name(JsonNode learner) {
        return learner.get("givenName").asText() + " "
                + learner.get("familyName").asText();
    }
}
