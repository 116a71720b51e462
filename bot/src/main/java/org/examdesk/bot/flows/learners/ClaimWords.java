package org.examdesk.bot.flows.learners;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examdesk.admin.client.BookingModels.UnitGrade;

/** What a claim request says in words: the award type, and the units with their grades ("U1 P, unit 2 merit"). */
final class ClaimWords {
    private static final Pattern UNIT_GRADE = Pattern.compile(
            "\\b(?:unit|u)\\s*(\\d{1,2})\\s*(?:[:=\\-]|at|with|grade)?\\s*(d\\*|a\\*|distinction\\*?|merit|pass|fail"
                    + "|[pmdfabceu])(?![\\w*])",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> GRADES =
            Map.of("pass", "P", "merit", "M", "distinction", "D", "distinction*", "D*", "fail", "F");

    private ClaimWords() {}

    /** FULL, INTERIM or FALLBACK, when the text names one. */
    static Optional<String> awardType(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.matches("(?s).*\\binterim\\b.*")) {
            return Optional.of("INTERIM");
        }
        if (t.matches("(?s).*\\bfall-?back\\b.*")) {
            return Optional.of("FALLBACK");
        }
        return t.matches("(?s).*\\bfull\\b.*") ? Optional.of("FULL") : Optional.empty();
    }

    /** The units and grades, as "U1=P", in the order given. */
    static List<String> units(String text) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = UNIT_GRADE.matcher(text);
        while (m.find()) {
            String grade = m.group(2).toLowerCase(Locale.ROOT);
            found.put("U" + Integer.parseInt(m.group(1)), GRADES.getOrDefault(grade, grade.toUpperCase(Locale.ROOT)));
        }
        List<String> units = new ArrayList<>();
        found.forEach((u, g) -> units.add(u + "=" + g));
        return units;
    }

    static List<UnitGrade> grades(List<String> units) {
        return units.stream()
                .map(u -> new UnitGrade(u.substring(0, u.indexOf('=')), u.substring(u.indexOf('=') + 1)))
                .toList();
    }

    /** "U1 P, U2 M and U3 P". */
    static String shown(List<String> units) {
        return Wording.names(units.stream().map(u -> u.replace('=', ' ')).toList());
    }

    /** What the learner receives for the award type. */
    static String award(String type) {
        return switch (type) {
            case "FULL" -> "Full award (a full certificate; the registration closes)";
            case "INTERIM" -> "Interim award (a notification of performance; the registration stays open)";
            default -> "Fallback award (a unit certificate; the registration closes)";
        };
    }
}
