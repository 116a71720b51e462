package org.examdesk.admin.learners.claims;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.examdesk.admin.web.ApiException;

/**
 * The rules of a claim request (domain section 3), without the database: award types, the award date (not in the
 * future, at most 3 months back), grades, and a bulk claim being for one product. Refusals are 422s naming fields.
 */
final class ClaimRules {
    static final List<String> AWARD_TYPES = List.of("FULL", "INTERIM", "FALLBACK");
    static final Set<String> GRADES = Set.of("P", "F", "M", "D", "D*", "A*", "A", "B", "C", "E", "U");
    static final int MAX_LEARNERS = 500;

    /** A checked request: award type, award date, and per learner the units and grades in request order. */
    record Checked(String awardType, LocalDate awardDate, String product, List<Map<String, String>> grades) {}

    private ClaimRules() {}

    static Checked check(ClaimRequest r, LocalDate today) {
        if (r == null) {
            throw ApiException.invalid(
                    "Give the award type, award date and learners of the claim.",
                    List.of("awardType", "awardDate", "learners"));
        }
        Problems p = new Problems();
        String type = awardType(r.awardType(), p);
        LocalDate date = awardDate(r.awardDate(), today, p);
        List<ClaimRequest.Learner> learners = r.learners() == null ? List.of() : r.learners();
        if (learners.isEmpty() || learners.size() > MAX_LEARNERS) {
            p.add("learners", "claim for 1 to " + MAX_LEARNERS + " learners");
        }
        Set<Long> seen = new HashSet<>();
        List<Map<String, String>> grades = new ArrayList<>();
        String product = null;
        for (int i = 0; i < learners.size(); i++) {
            ClaimRequest.Learner l = learners.get(i);
            String at = "learners[" + i + "]";
            if (l == null || l.learnerId() == null) {
                p.add(at + ".learnerId", "learner " + (i + 1) + " has no learner id");
                grades.add(Map.of());
                continue;
            }
            if (!seen.add(l.learnerId())) {
                p.add(at + ".learnerId", "learner " + l.learnerId() + " is listed twice");
            }
            String ref = l.product() == null ? "" : l.product().trim();
            if (ref.isEmpty()) {
                p.add(at + ".product", "learner " + l.learnerId() + " has no product");
            } else if (product == null) {
                product = ref;
            } else if (!product.equals(ref)) {
                p.add(
                        at + ".product",
                        "a bulk claim is for one product, and learner " + l.learnerId() + " is claimed on " + ref
                                + " instead of " + product + ": make one claim per product");
            }
            grades.add(units(l.units(), at + ".units", p));
        }
        p.check("The claim cannot be made");
        return new Checked(type, date, product, grades);
    }

    static String awardType(String value, Problems p) {
        String type = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        if (!AWARD_TYPES.contains(type)) {
            p.add("awardType", "the award type must be FULL, INTERIM or FALLBACK");
        }
        return type;
    }

    /** The award date: a real date, not in the future, at most 3 months before {@code today}. */
    static LocalDate awardDate(String value, LocalDate today, Problems p) {
        LocalDate date;
        try {
            date = LocalDate.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            p.add("awardDate", "give the award date as yyyy-MM-dd");
            return null;
        }
        if (date.isAfter(today)) {
            p.add("awardDate", "the award date cannot be in the future");
        } else if (date.isBefore(earliest(today))) {
            p.add(
                    "awardDate",
                    "the award date can be backdated by at most 3 months: the earliest allowed is " + earliest(today));
        }
        return date;
    }

    static LocalDate earliest(LocalDate today) {
        return today.minusMonths(3);
    }

    /** The units and grades as a map from unit code (upper case) to grade, in request order. */
    static Map<String, String> units(List<ClaimRequest.UnitGrade> units, String at, Problems p) {
        Map<String, String> grades = new LinkedHashMap<>();
        if (units == null || units.isEmpty()) {
            p.add(at, "give at least one unit with its grade");
            return grades;
        }
        for (int i = 0; i < units.size(); i++) {
            ClaimRequest.UnitGrade u = units.get(i);
            String code = u == null || u.unit() == null ? "" : u.unit().trim().toUpperCase(Locale.ROOT);
            String grade =
                    u == null || u.grade() == null ? "" : u.grade().trim().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                p.add(at + "[" + i + "].unit", "unit " + (i + 1) + " has no code");
            } else if (grades.containsKey(code)) {
                p.add(at + "[" + i + "].unit", "unit " + code + " is listed twice");
            }
            if (!GRADES.contains(grade)) {
                p.add(
                        at + "[" + i + "].grade",
                        "the grade of unit " + code + " must be one of P, M, D, D*, F (or A* " + "to E, U)");
            }
            grades.put(code, grade);
        }
        return grades;
    }

    /** Refuses (422) a bulk claim whose learners do not all have the first learner's units and grades. */
    static void checkSame(List<Map<String, String>> grades, List<String> names) {
        List<String> fields = new ArrayList<>();
        List<String> differ = new ArrayList<>();
        for (int i = 1; i < grades.size(); i++) {
            if (!grades.get(i).equals(grades.get(0))) {
                fields.add("learners[" + i + "].units");
                differ.add(names.get(i));
            }
        }
        if (!fields.isEmpty()) {
            throw ApiException.invalid(
                    "A bulk claim needs the same units and grades for every learner, and " + String.join(", ", differ)
                            + (differ.size() == 1 ? " differs" : " differ") + " from " + names.get(0)
                            + ". Claim for " + (differ.size() == 1 ? "that learner" : "them") + " separately.",
                    fields);
        }
    }

    /** What the learner receives for each award type. */
    static String certificate(String awardType) {
        return switch (awardType) {
            case "FULL" -> "a full certificate; the registration closes";
            case "INTERIM" -> "a notification of performance; the registration stays open";
            default -> "a unit certificate; the registration closes";
        };
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
