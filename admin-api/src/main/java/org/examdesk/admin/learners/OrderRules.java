package org.examdesk.admin.learners;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.examdesk.admin.web.ApiException;

/**
 * The rules of a registration order (domain section 3), without the database: what a complete request is, which
 * products may be ordered, and what the order costs. Refusals are 422s naming every field at fault.
 */
final class OrderRules {
    static final int MAX_LEARNERS = 500;
    private static final Pattern PO_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 /._-]{0,34}");

    /** Refuses an incomplete request: no products or learners, a learner twice, a missing date, an end before its start. */
    static void checkComplete(OrderRequest request) {
        if (request == null) {
            throw ApiException.invalid(
                    "Give the products and the learners to register: {\"products\": [...], \"learners\": [...]}.",
                    List.of("products", "learners"));
        }
        List<String> fields = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> products = request.products() == null ? List.of() : request.products();
        if (products.isEmpty()) {
            fields.add("products");
            problems.add("choose at least one product");
        }
        Set<String> seenProducts = new HashSet<>();
        for (int i = 0; i < products.size(); i++) {
            String ref = products.get(i);
            if (ref == null || ref.isBlank()) {
                fields.add("products[" + i + "]");
                problems.add("product " + (i + 1) + " has no reference");
            } else if (!seenProducts.add(ref.trim())) {
                fields.add("products[" + i + "]");
                problems.add("product " + ref.trim() + " is listed twice");
            }
        }
        List<OrderRequest.OrderLearner> learners = request.learners() == null ? List.of() : request.learners();
        if (learners.isEmpty()) {
            fields.add("learners");
            problems.add("choose at least one learner");
        } else if (learners.size() > MAX_LEARNERS) {
            fields.add("learners");
            problems.add("one order takes at most " + MAX_LEARNERS + " learners");
        }
        Set<Long> seenLearners = new HashSet<>();
        for (int i = 0; i < learners.size(); i++) {
            checkLearner(learners.get(i), i, seenLearners, fields, problems);
        }
        if (request.poNumber() != null
                && !request.poNumber().isBlank()
                && !PO_NUMBER.matcher(request.poNumber().trim()).matches()) {
            fields.add("poNumber");
            problems.add("the purchase-order number must be up to 35 letters, digits, spaces or / . _ -");
        }
        if (!fields.isEmpty()) {
            throw ApiException.invalid("The order cannot be placed: " + String.join("; ", problems) + ".", fields);
        }
    }

    private static void checkLearner(
            OrderRequest.OrderLearner learner, int i, Set<Long> seen, List<String> fields, List<String> problems) {
        String at = "learners[" + i + "]";
        if (learner == null || (learner.learnerId() == null) == (learner.newLearner() == null)) {
            fields.add(at + ".learnerId");
            problems.add("learner " + (i + 1) + " needs either a learner id or a new learner's details, not both");
            return;
        }
        String who = learner.learnerId() == null ? "new learner " + (i + 1) : "learner " + learner.learnerId();
        if (learner.learnerId() != null && !seen.add(learner.learnerId())) {
            fields.add(at + ".learnerId");
            problems.add(who + " is listed twice");
        }
        if (learner.courseStart() == null) {
            fields.add(at + ".courseStart");
            problems.add(who + " has no course start date");
        }
        if (learner.courseEnd() == null) {
            fields.add(at + ".courseEnd");
            problems.add(who + " has no course end date");
        }
        if (learner.courseStart() != null
                && learner.courseEnd() != null
                && !learner.courseStart().isBefore(learner.courseEnd())) {
            fields.add(at + ".courseEnd");
            problems.add("the course of " + who + " must end after it starts");
        }
    }

    /** Refuses (422, naming {@code products[i]}) a product that is unknown, not approved or out of date. */
    static void checkProducts(List<String> references, Map<String, ProductView> found) {
        List<String> fields = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            String ref = references.get(i).trim();
            ProductView product = found.get(ref);
            String why = product == null
                    ? "there is no product " + ref
                    : !product.approved()
                            ? ref + " (" + product.title() + ") is not approved for registration"
                            : !product.inDate() ? ref + " (" + product.title() + ") is out of date" : null;
            if (why != null) {
                fields.add("products[" + i + "]");
                problems.add(why);
            }
        }
        if (!fields.isEmpty()) {
            throw ApiException.invalid(
                    "The order cannot be placed: " + String.join("; ", problems)
                            + ". Choose from the approved, in-date products (GET /api/v1/products).",
                    fields);
        }
    }

    /** The confirmation: every learner on every product at the product's price, the subtotals and the total. */
    static OrderView price(
            Long orderId,
            String poNumber,
            List<ProductView> products,
            List<OrderView.LearnerLine> lines,
            String invoiceStatus) {
        List<OrderView.ProductLine> productLines = products.stream()
                .map(p -> new OrderView.ProductLine(
                        p.reference(), p.title(), p.pricePence(), lines, (long) p.pricePence() * lines.size()))
                .toList();
        long total = productLines.stream()
                .mapToLong(OrderView.ProductLine::subtotalPence)
                .sum();
        return new OrderView(orderId, orderId == null, poNumber, productLines, total, invoiceStatus);
    }

    /** The purchase-order number as stored: trimmed, null when blank. */
    static String poNumber(OrderRequest request) {
        return request.poNumber() == null || request.poNumber().isBlank()
                ? null
                : request.poNumber().trim();
    }
}
