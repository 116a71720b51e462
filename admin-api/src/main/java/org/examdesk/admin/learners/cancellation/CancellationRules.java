package org.examdesk.admin.learners.cancellation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * When a registration may be cancelled (domain section 3), without the database: no test taken, no test booked, no
 * result linked, no outcome for an internally assessed unit and no claim made; each that holds is a {@link Blocker}
 * with its facts. And the charges rule: free while the order is not invoiced, charged once invoiced or paid.
 */
final class CancellationRules {
    private static final Duration WINDOW = Duration.ofHours(4);
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    /** What cancelling costs: {@code refundThrough} CUSTOMER_SERVICES once the order is invoiced or paid. */
    record Charge(boolean charged, int amountPence, String invoiceStatus, String refundThrough, String sentence) {}

    private CancellationRules() {}

    static List<Blocker> blockers(
            CancellationDao.Registration r,
            List<CancellationDao.Booking> bookings,
            List<CancellationDao.Result> results,
            List<CancellationDao.Claim> claims,
            Instant now) {
        List<Blocker> blockers = new ArrayList<>();
        if (!r.status().equals("ACTIVE")) {
            blockers.add(new Blocker(
                    "NOT_ACTIVE",
                    List.of(fact("status", r.status())),
                    "The registration is " + r.status().toLowerCase(Locale.ROOT) + ", not active.",
                    "Only an active registration can be cancelled; nothing can change that here.",
                    false));
        }
        taken(bookings, blockers);
        booked(bookings, now, blockers);
        linked(results, blockers);
        outcomes(results, blockers);
        claimed(claims, blockers);
        return blockers;
    }

    private static void taken(List<CancellationDao.Booking> bookings, List<Blocker> out) {
        List<CancellationDao.Booking> taken =
                bookings.stream().filter(b -> b.takenAt() != null).toList();
        if (!taken.isEmpty()) {
            out.add(new Blocker(
                    "TEST_TAKEN",
                    taken.stream().map(CancellationRules::bookingFacts).toList(),
                    "A test has been taken: "
                            + list(taken, b -> b.unitCode() + " " + b.unitTitle() + " on " + SHOWN.format(b.takenAt()))
                            + ".",
                    "A test that has been taken cannot be undone, so this registration cannot be cancelled; if it"
                            + " was recorded in error, the board's account specialist must correct it.",
                    false));
        }
    }

    private static void booked(List<CancellationDao.Booking> bookings, Instant now, List<Blocker> out) {
        List<CancellationDao.Booking> live = bookings.stream()
                .filter(b -> b.takenAt() == null && now.isBefore(b.startsAt().plus(WINDOW)))
                .toList();
        if (!live.isEmpty()) {
            boolean liftable =
                    live.stream().allMatch(b -> now.isBefore(b.startsAt().minus(WINDOW)));
            out.add(new Blocker(
                    "TEST_BOOKED",
                    live.stream().map(CancellationRules::bookingFacts).toList(),
                    "A test is booked: "
                            + list(
                                    live,
                                    b -> b.unitCode() + " " + b.unitTitle() + " on " + SHOWN.format(b.startsAt())
                                            + " (booking " + b.id() + ")")
                            + ".",
                    liftable
                            ? "Cancel the booking first (DELETE /api/v1/bookings/{id}), which is allowed until its"
                                    + " window opens 4 hours before the test; then the registration can be cancelled."
                            : "The test's window is open, so the booking can no longer be cancelled; once the test is"
                                    + " over, ask again.",
                    liftable));
        }
    }

    private static void linked(List<CancellationDao.Result> results, List<Blocker> out) {
        List<CancellationDao.Result> linked = results.stream()
                .filter(r -> r.unitType() == null || r.unitType().equals("TESTABLE"))
                .toList();
        if (!linked.isEmpty()) {
            out.add(new Blocker(
                    "RESULT_LINKED",
                    linked.stream().map(CancellationRules::resultFacts).toList(),
                    "A result is linked: " + list(linked, CancellationRules::resultWords) + ".",
                    "A registration with a result cannot be cancelled; if the result is wrong, the board's account "
                            + "specialist must remove it first.",
                    false));
        }
    }

    private static void outcomes(List<CancellationDao.Result> results, List<Blocker> out) {
        List<CancellationDao.Result> outcomes = results.stream()
                .filter(r -> "INTERNALLY_ASSESSED".equals(r.unitType()))
                .toList();
        if (!outcomes.isEmpty()) {
            out.add(new Blocker(
                    "OUTCOME_ADDED",
                    outcomes.stream().map(CancellationRules::resultFacts).toList(),
                    "An outcome has been added for an internally assessed unit: "
                            + list(outcomes, CancellationRules::resultWords) + ".",
                    "The outcome would have to be withdrawn first; ask the board's account specialist if it was "
                            + "entered in error.",
                    false));
        }
    }

    private static void claimed(List<CancellationDao.Claim> claims, List<Blocker> out) {
        if (!claims.isEmpty()) {
            out.add(new Blocker(
                    "CLAIM_MADE",
                    claims.stream()
                            .map(c -> facts(
                                    "claim",
                                    c.reference(),
                                    "awardType",
                                    c.awardType(),
                                    "awardDate",
                                    c.awardDate().toString()))
                            .toList(),
                    "A claim has been made: "
                            + list(
                                    claims,
                                    c -> c.reference() + " (" + c.awardType().toLowerCase(Locale.ROOT) + ", award date "
                                            + c.awardDate() + ")")
                            + ".",
                    "A registration with a submitted claim cannot be cancelled: the qualification is being certificated."
                            + " Contact the board's account specialist if the claim was made in error.",
                    false));
        }
    }

    /** The charges rule: no charge while the order is not invoiced; charged once invoiced or paid. */
    static Charge charge(String invoiceStatus, int costPence) {
        String money = String.format(Locale.UK, "£%d.%02d", costPence / 100, costPence % 100);
        return switch (invoiceStatus) {
            case "NOT_INVOICED" -> new Charge(
                    false, 0, invoiceStatus, null, "No charge: the order has not been invoiced yet.");
            case "INVOICED" -> new Charge(
                    true,
                    costPence,
                    invoiceStatus,
                    "CUSTOMER_SERVICES",
                    "The order has been invoiced, so the cancellation is charged (" + money + " stays on the invoice);"
                            + " any refund goes through customer services.");
            default -> new Charge(
                    true,
                    costPence,
                    invoiceStatus,
                    "CUSTOMER_SERVICES",
                    "The order has been paid, so the cancellation is charged (" + money + "); any refund goes through"
                            + " customer services.");
        };
    }

    private static Map<String, Object> bookingFacts(CancellationDao.Booking b) {
        return facts(
                "booking",
                b.id(),
                "unit",
                b.unitCode(),
                "unitTitle",
                b.unitTitle(),
                "delivery",
                b.delivery(),
                b.takenAt() != null ? "takenAt" : "startsAt",
                (b.takenAt() != null ? b.takenAt() : b.startsAt()).toString());
    }

    private static Map<String, Object> resultFacts(CancellationDao.Result r) {
        return facts(
                "unit",
                r.unitCode(),
                "unitTitle",
                r.unitTitle(),
                "grade",
                r.grade(),
                "awardedAt",
                r.awardedAt().toString());
    }

    private static String resultWords(CancellationDao.Result r) {
        return (r.unitCode() == null ? "the qualification's overall result" : r.unitCode() + " " + r.unitTitle())
                + " (grade " + r.grade() + ", " + r.awardedAt() + ")";
    }

    private static Map<String, Object> fact(String key, Object value) {
        return facts(key, value);
    }

    private static Map<String, Object> facts(Object... pairs) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            facts.put((String) pairs[i], pairs[i + 1]);
        }
        return facts;
    }

    private static <T> String list(List<T> items, Function<T, String> words) {
        return items.stream().map(words).collect(Collectors.joining("; "));
    }
}
