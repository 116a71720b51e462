package org.examdesk.bot.flows.learners;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a registration order people type: a purchase-order number ("PO 4471", "po number is HS-22/9") and the
 * course dates ("1/9/2026 to 30/6/2028", "from 1 September 2026 until 30 June 2028"), start first.
 */
final class OrderWords {
    /** A course's first and last day. */
    record Course(LocalDate start, LocalDate end) {}

    static final int PO_MAX = 40;
    private static final Pattern PO = Pattern.compile(
            "\\b(?:p\\.?o\\.?|purchase[ -]order)(?![A-Za-z])(?:\\s*(?:number|num|ref(?:erence)?|no)(?![A-Za-z])\\.?)?"
                    + "(?:\\s+is)?(?:\\s*[:#=]\\s*|\\s+)([A-Za-z0-9][A-Za-z0-9/_.-]{0," + (PO_MAX - 1) + "})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NONE = Pattern.compile(
            "^(no|none|nope|n/?a|not applicable|skip|no po|no po number|we don'?t have one|there isn'?t one|"
                    + "no purchase order|without)\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEAD = Pattern.compile(
            "^(?:it'?s|it is|the po (?:number )?is|po number is|use|yes,?|yeah,?)\\s+", Pattern.CASE_INSENSITIVE);
    private static final List<String> NOT_A_NUMBER = List.of("number", "no", "is", "for", "the", "to", "and");

    private OrderWords() {}

    /** The purchase-order number a message gives with its "PO" label. */
    static Optional<String> poNumber(String text) {
        Matcher m = PO.matcher(text);
        while (m.find()) {
            String value = trimmed(m.group(1));
            if (!value.isEmpty() && !NOT_A_NUMBER.contains(value.toLowerCase(Locale.ROOT))) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The message without its purchase-order number (so the number is not read as a name). */
    static String withoutPo(String text) {
        return poNumber(text).isPresent() ? PO.matcher(text).replaceAll(" ") : text;
    }

    /** Whether a typed answer to "is there a PO number?" says there is none. */
    static boolean saysNone(String answer) {
        return NONE.matcher(answer.trim()).matches();
    }

    /** A typed answer to "what is the PO number?": the first word after any "it's", as typed, or empty. */
    static Optional<String> answeredPo(String answer) {
        Optional<String> labelled = poNumber(answer);
        if (labelled.isPresent()) {
            return labelled;
        }
        String rest = LEAD.matcher(answer.trim()).replaceFirst("").trim();
        String first = rest.isEmpty() ? "" : trimmed(rest.split("\\s+")[0]);
        return first.isEmpty() || first.length() > PO_MAX ? Optional.empty() : Optional.of(first);
    }

    /** The course dates a message gives: two dates, start first. */
    static Optional<Course> course(String text) {
        List<Dates.Found> dates = Dates.in(text);
        if (dates.size() != 2) {
            return Optional.empty();
        }
        return Optional.of(new Course(dates.get(0).date(), dates.get(1).date()));
    }

    private static String trimmed(String value) {
        return value.replaceAll("[.,;:!?]+$", "");
    }
}
