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

    /**
     * A learner to create with an order: given name, family name and date of birth required; {@code gender} Female,
     * Male, Other or null; {@code uln} ten digits or null (checked with the Learner Records Service).
     */
    public record NewLearner(String givenName, String familyName, LocalDate dateOfBirth, String gender, String uln) {}

    /**
     * One learner of an order and the dates of their course (the start before the end): an existing learner
     * ({@code learnerId}) or one created with the order ({@code newLearner}), never both.
     */
    public record OrderLearner(Long learnerId, NewLearner newLearner, LocalDate courseStart, LocalDate courseEnd) {
        /** An existing learner. */
        public OrderLearner(long learnerId, LocalDate courseStart, LocalDate courseEnd) {
            this(learnerId, null, courseStart, courseEnd);
        }

        /** A learner the order creates. */
        public static OrderLearner creating(NewLearner learner, LocalDate courseStart, LocalDate courseEnd) {
            return new OrderLearner(null, learner, courseStart, courseEnd);
        }
    }

    /** A registration order to preview or place; {@code poNumber} may be null. */
    public record OrderRequest(List<String> products, List<OrderLearner> learners, String poNumber) {}

    /** A learner of an order; {@code newLearner} when the order creates them (no id yet in a preview). */
    public record LearnerLine(
            Long learnerId,
            String learnerRef,
            String name,
            boolean newLearner,
            LocalDate courseStart,
            LocalDate courseEnd) {}

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

    /**
     * A learner group: {@code state} VALIDATING (records being checked, {@code progress} 0 to 99), VALIDATED (amend
     * or remove the invalid records, then submit), SUBMITTED (the learners exist) or FAILED ({@code message} says
     * why).
     */
    public record LearnerGroup(
            long id,
            String name,
            String fileName,
            ClientModels.Centre centre,
            String owner,
            String state,
            int progress,
            int records,
            int valid,
            int invalid,
            String message,
            Instant createdAt,
            Instant submittedAt) {}

    public record LearnerGroupPage(List<LearnerGroup> items, long total, int page, int size) {}

    /**
     * Why a record is invalid: the field to fix (givenName, familyName, dateOfBirth, gender, uln; null for the
     * record as a whole), a code (required, invalid, check_digit, lrs_unknown, lrs_mismatch, duplicate,
     * existing_learner) and a sentence.
     */
    public record RecordReason(String field, String code, String message) {}

    /** A record of a group: its row in the file, its cells as given, whether valid (null: not checked yet), why not. */
    public record GroupRecord(
            int n,
            String givenName,
            String familyName,
            String dateOfBirth,
            String gender,
            String uln,
            Boolean valid,
            List<RecordReason> reasons,
            Long learnerId,
            String learnerRef) {}

    public record GroupRecordPage(List<GroupRecord> items, long total, int page, int size) {}

    /** The fields of a record to change; a null field keeps its value. */
    public record RecordChange(String givenName, String familyName, String dateOfBirth, String gender, String uln) {
        /** A change of one field: givenName, familyName, dateOfBirth, gender or uln. */
        public static RecordChange of(String field, String value) {
            return switch (field) {
                case "givenName" -> new RecordChange(value, null, null, null, null);
                case "familyName" -> new RecordChange(null, value, null, null, null);
                case "dateOfBirth" -> new RecordChange(null, null, value, null, null);
                case "gender" -> new RecordChange(null, null, null, value, null);
                case "uln" -> new RecordChange(null, null, null, null, value);
                default -> throw new IllegalArgumentException("not a record field: " + field);
            };
        }
    }

    /** After an amendment or removal: the group, the record amended (null after a removal), how many removed. */
    public record GroupChange(LearnerGroup group, GroupRecord record, int removed, String message) {}

    /** A submitted group and how many learners it created. */
    public record GroupSubmitted(LearnerGroup group, int created, String message) {}
}
