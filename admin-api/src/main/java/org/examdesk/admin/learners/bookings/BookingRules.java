package org.examdesk.admin.learners.bookings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.examdesk.admin.web.ApiException;

/**
 * The rules of a test booking (domain section 3), without the database: notice (onscreen 2 hours, paper-based 12
 * days, from now), the window (4 hours either side of the booked time), onscreen modes, and 25 % extra time as the
 * only access arrangement a booking carries. Refusals are 422s naming the fields at fault.
 */
final class BookingRules {
    static final ZoneId UK = ZoneId.of("Europe/London");
    static final Duration ONSCREEN_NOTICE = Duration.ofHours(2);
    static final Duration PAPER_NOTICE = Duration.ofDays(12);
    static final Duration WINDOW = Duration.ofHours(4);
    static final int EXTRA_TIME = 25;
    static final int MAX_LEARNERS = 500;
    static final List<String> DELIVERIES = List.of("ONSCREEN", "PAPER");
    static final List<String> MODES = List.of("CLASSROOM", "OFFLINE", "ONLINE");
    static final String ACCOUNT_SERVICES = "Only 25 % extra time can be added to a booking; any other access "
            + "arrangement is handled by the Account Services team, so contact them (or ask us to open a case).";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(UK);

    /** A request that passed the checks that need no database. */
    record Checked(String delivery, String mode, Instant startsAt) {}

    private BookingRules() {}

    /** Checks everything of {@code r} that needs no database, notice included, or throws a 422 naming every field. */
    static Checked check(BookingRequest r, Instant now) {
        if (r == null) {
            throw ApiException.invalid(
                    "Give the product, unit, delivery, date, time and learners of the booking.",
                    List.of("product", "unit", "delivery", "date", "time", "learners"));
        }
        Problems p = new Problems();
        if (blank(r.product())) {
            p.add("product", "give the product's reference");
        }
        if (blank(r.unit())) {
            p.add("unit", "give the unit's code, such as U2");
        }
        String delivery = delivery(r.delivery(), p);
        String mode = mode(delivery, r.mode(), p);
        Instant startsAt = startsAt(r.date(), r.time(), now, p);
        learners(r.learners(), p);
        p.check("The booking cannot be made");
        notice(delivery, startsAt, now);
        return new Checked(delivery, mode, startsAt);
    }

    static String delivery(String value, Problems p) {
        String d = upper(value);
        if (d == null || !DELIVERIES.contains(d)) {
            p.add("delivery", "the delivery method must be ONSCREEN or PAPER");
            return null;
        }
        return d;
    }

    /** The onscreen mode; a paper-based test has none. */
    static String mode(String delivery, String value, Problems p) {
        String m = upper(value);
        if ("PAPER".equals(delivery) && m != null) {
            p.add("mode", "a paper-based test has no mode: leave mode out");
            return null;
        }
        if ("ONSCREEN".equals(delivery) && (m == null || !MODES.contains(m))) {
            p.add("mode", "an onscreen test needs a mode: CLASSROOM (LAN), OFFLINE or ONLINE");
            return null;
        }
        return m;
    }

    /** The booked time from a UK date and time; not in the past. */
    static Instant startsAt(String date, String time, Instant now, Problems p) {
        LocalDate day = null;
        LocalTime at = null;
        try {
            day = LocalDate.parse(date == null ? "" : date.trim());
        } catch (DateTimeParseException e) {
            p.add("date", "give the date as yyyy-MM-dd, such as 2027-03-16");
        }
        try {
            at = LocalTime.parse(time == null ? "" : time.trim());
        } catch (DateTimeParseException e) {
            p.add("time", "give the time as HH:mm (UK time), such as 10:00");
        }
        if (day == null || at == null) {
            return null;
        }
        Instant startsAt = day.atTime(at).atZone(UK).toInstant();
        if (!startsAt.isAfter(now)) {
            p.add("date", "the date and time are in the past");
            return null;
        }
        return startsAt;
    }

    static void extraTime(Integer percent, String field, Problems p) {
        if (percent == null || percent == 0 || percent == EXTRA_TIME) {
            return;
        }
        p.add(
                field,
                percent > EXTRA_TIME || percent < 0
                        ? "extra time can be 0 or 25 %, no more. " + ACCOUNT_SERVICES
                        : "extra time can be 0 or 25 %");
    }

    private static void learners(List<BookingRequest.Learner> learners, Problems p) {
        if (learners == null || learners.isEmpty()) {
            p.add("learners", "choose at least one learner");
            return;
        }
        if (learners.size() > MAX_LEARNERS) {
            p.add("learners", "one booking takes at most " + MAX_LEARNERS + " learners");
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < learners.size(); i++) {
            BookingRequest.Learner l = learners.get(i);
            String at = "learners[" + i + "]";
            if (l == null || l.learnerId() == null) {
                p.add(at + ".learnerId", "learner " + (i + 1) + " has no learner id");
                continue;
            }
            if (!seen.add(l.learnerId())) {
                p.add(at + ".learnerId", "learner " + l.learnerId() + " is listed twice");
            }
            extraTime(l.extraTimePercent(), at + ".extraTimePercent", p);
            if (l.otherArrangements() != null && !l.otherArrangements().isEmpty()) {
                p.add(at + ".otherArrangements", ACCOUNT_SERVICES);
            }
        }
    }

    /** Refuses (422 on {@code date}) a time with less notice than the delivery method needs, naming the earliest. */
    static void notice(String delivery, Instant startsAt, Instant now) {
        Instant earliest = earliest(delivery, now);
        if (startsAt.isBefore(earliest)) {
            String need = delivery.equals("PAPER") ? "12 days'" : "2 hours'";
            throw ApiException.invalid(
                    "A " + (delivery.equals("PAPER") ? "paper-based" : "onscreen") + " test needs at least " + need
                            + " notice: the earliest time allowed is " + uk(earliest) + " (UK time).",
                    List.of("date"));
        }
    }

    /** The earliest time a test of this delivery may be booked for, to the next whole minute. */
    static Instant earliest(String delivery, Instant now) {
        Instant at = now.plus(delivery.equals("PAPER") ? PAPER_NOTICE : ONSCREEN_NOTICE);
        Instant minute = at.truncatedTo(ChronoUnit.MINUTES);
        return minute.equals(at) ? at : minute.plus(Duration.ofMinutes(1));
    }

    /** Whether the window of a test at {@code startsAt} has yet to open (4 hours before it). */
    static boolean beforeWindow(Instant startsAt, Instant now) {
        return now.isBefore(startsAt.minus(WINDOW));
    }

    static String uk(Instant instant) {
        return SHOWN.format(instant);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String upper(String s) {
        return blank(s) ? null : s.trim().toUpperCase(Locale.ROOT);
    }

    /** The fields at fault and what is wrong with each, refused together. */
    static final class Problems {
        private final List<String> fields = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();

        void add(String field, String problem) {
            fields.add(field);
            problems.add(problem);
        }

        void check(String what) {
            if (!fields.isEmpty()) {
                throw ApiException.invalid(what + ": " + String.join("; ", problems) + ".", fields);
            }
        }
    }
}
