package org.examdesk.bot.flows.learners;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.LearnerModels.Amended;
import org.examdesk.admin.client.LearnerModels.LearnerDetail;
import org.examdesk.admin.client.LearnerModels.LearnerMatches;
import org.examdesk.admin.client.LearnerModels.LearnerPage;
import org.examdesk.admin.client.LearnerModels.Order;
import org.examdesk.admin.client.LearnerModels.OrderRequest;
import org.examdesk.admin.client.LearnerModels.Product;
import org.examdesk.admin.client.LearnerModels.ResultPage;
import org.examdesk.admin.client.LearnersClient;

/**
 * What the learner flows need of the admin API's learner management, for the caller's own centre, as one small
 * interface: so a flow can be tested against a fake, without a server. {@link #over} is the real one, the admin API
 * called as a person, whose roles the API checks (403 for anyone but centre administrators and assessors).
 */
public interface CentreLearners {
    /**
     * A learner group of the centre (learners uploaded together), as far as finding its learners needs: its state
     * (VALIDATING, VALIDATED, SUBMITTED or FAILED), how many records it has and how many of them are invalid.
     */
    record Group(long id, String name, String state, int records, int invalid) {}

    /** The approved, in-date products a centre may order. */
    List<Product> products();

    /** The centre's learners that {@code words} may name (folded, one typo allowed), or the closest names. */
    LearnerMatches match(String words);

    /** {@code q} (a name, learner id or ULN), {@code group} (a group's id), {@code size} as in the API. */
    LearnerPage search(Map<String, String> filters);

    /** The centre's learner groups whose name contains {@code name}, newest first. */
    List<Group> groups(String name);

    LearnerDetail get(long id);

    /** The confirmation of an order (learners and cost per product, total), nothing written. */
    Order preview(OrderRequest order);

    Order place(OrderRequest order);

    /** The learner's one amendment: {@code field} givenName, familyName or dateOfBirth (yyyy-MM-dd). */
    Amended amend(long id, String field, String value);

    /** {@code givenName}, {@code familyName}, {@code learnerRef}, {@code product}, {@code grade}, as in the API. */
    ResultPage results(Map<String, String> filters);

    /** Learner management as the admin API serves it to {@code caller} (its idempotency key, if any, goes with each change). */
    static CentreLearners over(AdminClient.Caller caller) {
        LearnersClient client = new LearnersClient(caller);
        return new CentreLearners() {
            @Override
            public List<Product> products() {
                return client.products(null);
            }

            @Override
            public LearnerMatches match(String words) {
                return client.match(words);
            }

            @Override
            public LearnerPage search(Map<String, String> filters) {
                return client.search(filters);
            }

            /**
             * Read from {@code GET /api/v1/learner-groups}, field by field: the learner-group uploads add that
             * endpoint and its typed client; an admin API without it (404) has no learner groups, for those who may
             * search learners.
             */
            @Override
            public List<Group> groups(String name) {
                try {
                    JsonNode page = caller.send(
                            "GET",
                            "/api/v1/learner-groups?size=20&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                            null,
                            JsonNode.class);
                    List<Group> groups = new ArrayList<>();
                    page.path("items")
                            .forEach(g -> groups.add(new Group(
                                    g.path("id").asLong(),
                                    g.path("name").asText(),
                                    g.path("state").asText(null),
                                    g.path("records").asInt(),
                                    g.path("invalid").asInt())));
                    return groups;
                } catch (AdminApiException e) {
                    if (e.status() != 404) {
                        throw e;
                    }
                    client.search(Map.of("size", "1")); // no groups, but the caller may still not look (403)
                    return List.of();
                }
            }

            @Override
            public LearnerDetail get(long id) {
                return client.get(id);
            }

            @Override
            public Order preview(OrderRequest order) {
                return client.preview(order);
            }

            @Override
            public Order place(OrderRequest order) {
                return client.place(order, null);
            }

            @Override
            public Amended amend(long id, String field, String value) {
                return client.amend(id, field, value, null);
            }

            @Override
            public ResultPage results(Map<String, String> filters) {
                return client.results(filters);
            }
        };
    }
}
