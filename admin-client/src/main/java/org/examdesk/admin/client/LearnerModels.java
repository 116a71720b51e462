package org.examdesk.admin.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The records of the learner-management endpoints, as the typed clients read them. */
public final class LearnerModels {
    private LearnerModels() {}

    /** A qualification or apprenticeship framework, with its price per registration in pence. */
    public record Product(
            long id, String reference, String title, String kind, int pricePence, boolean approved, boolean inDate) {}

    public record Learner(
            long id,
            String learnerRef,
            ClientModels.Centre centre,
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            String gender,
            String uln,
            Instant createdAt) {}

    public record LearnerPage(List<Learner> items, long total, int page, int size) {}

    /** A learner the words of a name match named: {@code matched} FULL_NAME, SURNAME or FORENAME (given name). */
    public record LearnerMatch(Learner learner, String matched, boolean exact, List<String> words) {}

    /** The learners of the best tier present; when there are none, up to 3 names at the centre most like the words. */
    public record LearnerMatches(List<LearnerMatch> items, List<String> closest) {}

    /** A registration: {@code status} ACTIVE, COMPLETED or CANCELLED. */
    public record Registration(
            long id,
            String productReference,
            String productTitle,
            String productKind,
            long orderId,
            LocalDate courseStart,
            LocalDate courseEnd,
            int costPence,
            String status) {}

    /** A unit outcome ({@code unitCode} set) or a product's overall grade; P is a pass, F a fail. */
    public record Result(
            String productReference,
            String productTitle,
            String unitCode,
            String unitTitle,
            String grade,
            LocalDate awardedAt) {}

    /** The one amendment a centre has made: {@code field} GIVEN_NAME, FAMILY_NAME or DATE_OF_BIRTH. */
    public record Amendment(String field, String oldValue, String newValue, String madeBy, Instant madeAt) {}

    public record History(List<Registration> active, List<Registration> completed, List<Registration> cancelled) {}

    public record LearnerDetail(
            Learner learner,
            History history,
            List<Registration> registrations,
            List<Result> results,
            Amendment amendment,
            boolean amendmentAvailable) {}

    /** One learner of an order and the dates of their course (the start before the end). */
    public record OrderLearner(long learnerId, LocalDate courseStart, LocalDate courseEnd) {}

    /** A registration order to preview or place; {@code poNumber} may be null. */
    public record OrderRequest(List<String> products, List<OrderLearner> learners, String poNumber) {}

    public record LearnerLine(
            long learnerId, String learnerRef, String name, LocalDate courseStart, LocalDate courseEnd) {}

    public record ProductLine(
            String reference, String title, int pricePence, List<LearnerLine> learners, long subtotalPence) {}

    /** The confirmation of an order: a preview has no {@code orderId}. */
    public record Order(
            Long orderId,
            boolean preview,
            String poNumber,
            List<ProductLine> products,
            long totalPence,
            String invoiceStatus) {}

    public record Amended(Learner learner, Amendment amendment, String message) {}

    public record ResultRow(
            long learnerId,
            String learnerRef,
            String givenName,
            String familyName,
            String productReference,
            String productTitle,
            String unitCode,
            String unitTitle,
            String grade,
            LocalDate awardedAt) {}

    public record ResultPage(List<ResultRow> items, long total, int page, int size) {}
}
