package org.examdesk.admin.client;

import com.fasterxml.jackson.core.type.TypeReference;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.examdesk.admin.client.LearnerModels.Amended;
import org.examdesk.admin.client.LearnerModels.GroupChange;
import org.examdesk.admin.client.LearnerModels.GroupRecordPage;
import org.examdesk.admin.client.LearnerModels.GroupSubmitted;
import org.examdesk.admin.client.LearnerModels.LearnerDetail;
import org.examdesk.admin.client.LearnerModels.LearnerGroup;
import org.examdesk.admin.client.LearnerModels.LearnerGroupPage;
import org.examdesk.admin.client.LearnerModels.LearnerMatches;
import org.examdesk.admin.client.LearnerModels.LearnerPage;
import org.examdesk.admin.client.LearnerModels.Order;
import org.examdesk.admin.client.LearnerModels.OrderRequest;
import org.examdesk.admin.client.LearnerModels.Product;
import org.examdesk.admin.client.LearnerModels.RecordChange;
import org.examdesk.admin.client.LearnerModels.ResultPage;

/**
 * Learner management as centre administrators and assessors use it: products, learners (and the name match),
 * registration orders (with new learners too), the one amendment, results, and learner-group uploads with their
 * records. Every change takes an idempotency key (null for none) so the bot can retry safely.
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

    /**
     * Filters by name as in the API: {@code q} (name, learner id or ULN), {@code group} (a learner group's id),
     * createdFrom, createdTo, page, size.
     */
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

    /** The learner-group template: the header line of its columns, as CSV. */
    public String groupTemplate() {
        byte[] csv = caller.sendRaw("GET", "/api/v1/learner-groups/template.csv", null, null, Map.of());
        return text(csv);
    }

    /**
     * Uploads a learner group from a CSV or .xlsx file: {@code name} unique to the caller. Answers at once with the
     * group VALIDATING; read it with {@link #group} until it is VALIDATED.
     */
    public LearnerGroup uploadGroup(String name, String fileName, byte[] file, String idempotencyKey) {
        return caller.postFile(
                "/api/v1/learner-groups",
                Map.of("name", name),
                new Multipart.FilePart("file", fileName, "application/octet-stream", file),
                StudentsClient.key(idempotencyKey),
                LearnerGroup.class);
    }

    /** The groups of the caller's centre whose name contains {@code text} (null: all), newest first. */
    public LearnerGroupPage groups(String text, int page, int size) {
        return caller.send(
                "GET",
                "/api/v1/learner-groups?page=" + page + "&size=" + size + (text == null ? "" : "&q=" + encode(text)),
                null,
                LearnerGroupPage.class);
    }

    public LearnerGroup group(long id) {
        return caller.send("GET", "/api/v1/learner-groups/" + id, null, LearnerGroup.class);
    }

    /** A page of a group's records: {@code valid} false for the invalid ones with their reasons, null for all. */
    public GroupRecordPage groupRecords(long id, Boolean valid, int page, int size) {
        return caller.send(
                "GET",
                "/api/v1/learner-groups/" + id + "/records?page=" + page + "&size=" + size
                        + (valid == null ? "" : "&valid=" + valid),
                null,
                GroupRecordPage.class);
    }

    /** A group's records as CSV with their reasons ({@code valid} as for {@link #groupRecords}). */
    public String groupRecordsCsv(long id, Boolean valid) {
        String path = "/api/v1/learner-groups/" + id + "/records.csv" + (valid == null ? "" : "?valid=" + valid);
        return text(caller.sendRaw("GET", path, null, null, Map.of()));
    }

    /** Amends the record on row {@code n}; the group is checked again. */
    public GroupChange amendGroupRecord(long id, int n, RecordChange change, String idempotencyKey) {
        return caller.send(
                "PUT",
                "/api/v1/learner-groups/" + id + "/records/" + n,
                change,
                StudentsClient.key(idempotencyKey),
                GroupChange.class);
    }

    public GroupChange removeGroupRecord(long id, int n, String idempotencyKey) {
        return caller.send(
                "DELETE",
                "/api/v1/learner-groups/" + id + "/records/" + n,
                null,
                StudentsClient.key(idempotencyKey),
                GroupChange.class);
    }

    /** Removes every invalid record of the group. */
    public GroupChange removeInvalidGroupRecords(long id, String idempotencyKey) {
        return caller.send(
                "DELETE",
                "/api/v1/learner-groups/" + id + "/records?valid=false",
                null,
                StudentsClient.key(idempotencyKey),
                GroupChange.class);
    }

    /** Creates the group's learners, all or nothing; refused (409) while invalid records remain. */
    public GroupSubmitted submitGroup(long id, String idempotencyKey) {
        return caller.send(
                "POST",
                "/api/v1/learner-groups/" + id + "/submit",
                null,
                StudentsClient.key(idempotencyKey),
                GroupSubmitted.class);
    }

    private static String text(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
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
