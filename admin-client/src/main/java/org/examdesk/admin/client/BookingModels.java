package org.examdesk.admin.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The records of bookings, registration cancellation and claims, as the typed clients read and send them. */
public final class BookingModels {
    private BookingModels() {}

    /** One learner of a booking: 0 or 25 extra time; any other arrangement is refused (Account Services). */
    public record BookingLearner(long learnerId, Integer extraTimePercent, List<String> otherArrangements) {
        public static BookingLearner of(long learnerId, boolean extraTime) {
            return new BookingLearner(learnerId, extraTime ? 25 : 0, null);
        }
    }

    /** A booking to make: delivery ONSCREEN (with mode CLASSROOM, OFFLINE or ONLINE) or PAPER; UK date and time. */
    public record BookingRequest(
            String product,
            String unit,
            String delivery,
            String mode,
            LocalDate date,
            String time,
            List<BookingLearner> learners) {}

    /** An amendment: null keeps the value. */
    public record BookingChange(LocalDate date, String time, String mode, Integer extraTimePercent) {}

    /** A booking: {@code state} BOOKED, TAKEN or CANCELLED. */
    public record Booking(
            long id,
            long registrationId,
            long learnerId,
            String learnerRef,
            String learnerName,
            String productReference,
            String productTitle,
            String unitCode,
            String unitTitle,
            String delivery,
            String mode,
            int extraTimePercent,
            Instant startsAt,
            String ukTime,
            Instant windowOpensAt,
            Instant windowClosesAt,
            String state,
            int packageVersion,
            Instant takenAt,
            boolean amendable,
            boolean cancellable) {}

    public record Booked(List<Booking> bookings, String message) {}

    public record BookingChanged(Booking booking, String message) {}

    /** A condition that blocks a cancellation, with its facts and what would have to change. */
    public record Blocker(
            String condition, List<Map<String, Object>> facts, String sentence, String change, boolean liftable) {}

    /** What cancelling costs; {@code refundThrough} CUSTOMER_SERVICES once invoiced or paid. */
    public record Charge(
            boolean charged, int amountPence, String invoiceStatus, String refundThrough, String sentence) {}

    public record RegistrationCheck(
            long id,
            long learnerId,
            String learnerRef,
            String learnerName,
            String productReference,
            String productTitle,
            String status,
            long orderId,
            String invoiceStatus,
            String poNumber,
            int costPence,
            LocalDate courseStart,
            LocalDate courseEnd,
            boolean cancellable,
            List<Blocker> blockedBy,
            Charge charge,
            String message) {}

    public record Cancelled(RegistrationCheck registration, Charge charge, String message) {}

    public record UnitGrade(String unit, String grade) {}

    public record ClaimLearner(long learnerId, String product, List<UnitGrade> units) {}

    /** A claim: awardType FULL, INTERIM or FALLBACK; awardDate at most 3 months back. */
    public record ClaimRequest(String awardType, LocalDate awardDate, List<ClaimLearner> learners) {}

    public record ClaimEdit(String awardType, LocalDate awardDate, List<UnitGrade> units) {}

    /** Why a claim is ineligible. */
    public record Reason(String code, List<String> units, String sentence) {}

    public record ClaimUnit(String code, String title, String grade) {}

    /** A claim: {@code state} SUBMITTED or INELIGIBLE. */
    public record Claim(
            String reference,
            String state,
            long learnerId,
            String learnerRef,
            String learnerName,
            long registrationId,
            String productReference,
            String productTitle,
            String awardType,
            LocalDate awardDate,
            List<ClaimUnit> units,
            List<Reason> reasons,
            String certificate,
            Instant createdAt,
            Instant submittedAt) {}

    public record Claimed(List<Claim> claims, int submitted, int ineligible, String message) {}
}
