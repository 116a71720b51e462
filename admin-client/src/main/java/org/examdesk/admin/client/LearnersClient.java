package org.examdesk.admin.client;

import com.fasterxml.jackson.core.type.TypeReference;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.examdesk.admin.client.LearnerModels.Amended;
import org.examdesk.admin.client.LearnerModels.LearnerDetail;
import org.examdesk.admin.client.LearnerModels.LearnerMatches;
import org.examdesk.admin.client.LearnerModels.LearnerPage;
import org.examdesk.admin.client.LearnerModels.Order;
import org.examdesk.admin.client.LearnerModels.OrderRequest;
import org.examdesk.admin.client.LearnerModels.Product;
import org.examdesk.admin.client.LearnerModels.ResultPage;

/**
 * Learner management as centre administrators and assessors use it: products, learners (and the name match),
 * registration orders, the one amendment and results. Every change takes an idempotency key (null for none) so
 * the bot can retry safely.
 */
public final class LearnersClient {
    private final AdminClient.Caller caller;

    public LearnersClient(AdminClient.Caller caller) {
        this.caller = caller;
    }

    /** The approved, in-date products whose title or reference contains {@code text} (null: all of them). */
    public List<Product> products(String text) {
        return caller.send(
                "GET",
                "/api/v1/products" + (text == null ? "" : "?q=" + encode(text)),
                null,
                new TypeReference<List<Product>>() {});
    }

    /** Filters by name as in the API: {@code q} (name, learner id or ULN), createdFrom, createdTo, page, size. */
    public LearnerPage search(Map<String, String> filters) {
        return caller.send("GET", "/api/v1/learners" + query(filters), null, LearnerPage.class);
    }

    /** The learners of the caller's centre that {@code words} (a name, perhaps among other words) may name, at most 8. */
    public LearnerMatches match(String words) {
        return caller.send("GET", "/api/v1/learners/match?q=" + encode(words), null, LearnerMatches.class);
    }

    public LearnerDetail get(long id) {
        return caller.send("GET", "/api/v1/learners/" + id, null, LearnerDetail.class);
    }

    /** The confirmation of an order (learners and cost per product, total), nothing written. */
    public Order preview(OrderRequest order) {
        return caller.send("POST", "/api/v1/registration-orders?preview=true", order, Order.class);
    }

    public Order place(OrderRequest order, String idempotencyKey) {
        return caller.send(
                "POST", "/api/v1/registration-orders", order, StudentsClient.key(idempotencyKey), Order.class);
    }

    /** The learner's one amendment: {@code field} givenName, familyName or dateOfBirth (yyyy-MM-dd). */
    public Amended amend(long id, String field, String value, String idempotencyKey) {
        return caller.send(
                "POST",
                "/api/v1/learners/" + id + "/amendments",
                Map.of("field", field, "value", value),
                StudentsClient.key(idempotencyKey),
                Amended.class);
    }

    /** Filters by name as in the API: givenName, familyName, learnerRef, product, grade, page, size. */
    public ResultPage results(Map<String, String> filters) {
        return caller.send("GET", "/api/v1/learner-results" + query(filters), null, ResultPage.class);
    }

    private static String query(Map<String, String> filters) {
        String query = filters.entrySet().stream()
                .map(e -> e.getKey() + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
