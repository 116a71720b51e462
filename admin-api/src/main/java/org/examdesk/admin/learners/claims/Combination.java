package org.examdesk.admin.learners.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a claim against the rules of combination of the learner's pathway (domain section 3), without the
 * database. A Full award needs every mandatory unit of the pathway and its minimum credits, passed; Interim and
 * Fallback need at least one unit passed. A claimed unit outside the learner's pathway means the learner may be
 * registered on the wrong pathway, which only the board's account specialist can put right.
 */
final class Combination {
    static final Set<String> FAILING = Set.of("F", "U");

    private Combination() {}

    /** Every reason the claim is ineligible; empty when it may be submitted. */
    static List<Reason> check(String awardType, Pathway pathway, Map<String, String> grades) {
        List<Reason> reasons = new ArrayList<>();
        if (pathway == null) {
            reasons.add(new Reason(
                    "NO_RULES",
                    List.of(),
                    "The product has no rules of combination on record, so no claim can be checked: contact the "
                            + "board's account specialist."));
            return reasons;
        }
        List<String> outside = grades.keySet().stream()
                .filter(code -> pathway.unit(code) == null)
                .sorted()
                .toList();
        if (!outside.isEmpty()) {
            reasons.add(new Reason(
                    "WRONG_PATHWAY",
                    outside,
                    "Unit" + (outside.size() == 1 ? " " : "s ") + String.join(", ", outside)
                            + (outside.size() == 1 ? " is" : " are")
                            + " not part of the " + pathway.title() + " pathway the learner is registered on: the "
                            + "learner may be on the wrong pathway, and the board's account specialist must help put "
                            + "that right."));
        }
        List<Pathway.Unit> passed = pathway.units().stream()
                .filter(u -> grades.containsKey(u.code()) && !FAILING.contains(grades.get(u.code())))
                .toList();
        if (awardType.equals("FULL")) {
            full(pathway, passed, reasons);
        } else if (passed.isEmpty()) {
            reasons.add(new Reason(
                    "NO_UNIT_ACHIEVED",
                    List.of(),
                    "No unit of the " + pathway.title() + " pathway is claimed with a pass, so there is nothing to "
                            + "certificate: add the units the learner has passed."));
        }
        return reasons;
    }

    private static void full(Pathway pathway, List<Pathway.Unit> passed, List<Reason> reasons) {
        Set<String> have = passed.stream().map(Pathway.Unit::code).collect(Collectors.toSet());
        List<Pathway.Unit> missing = pathway.units().stream()
                .filter(u -> u.mandatory() && !have.contains(u.code()))
                .toList();
        for (Pathway.Unit u : missing) {
            reasons.add(new Reason(
                    "MANDATORY_UNIT_MISSING",
                    List.of(u.code()),
                    "Rules of combination not met: mandatory unit " + u.code() + " " + u.title() + " of the "
                            + pathway.title() + " pathway is missing or not passed. Add it with its grade, or claim "
                            + "Interim (more units to come) or Fallback (no more to come) instead."));
        }
        int credits = passed.stream().mapToInt(Pathway.Unit::credits).sum();
        if (credits < pathway.minimumCredits()) {
            reasons.add(new Reason(
                    "CREDITS_SHORT",
                    List.of(),
                    "Rules of combination not met: the units passed give " + credits + " credits, and the "
                            + pathway.title() + " pathway needs at least " + pathway.minimumCredits() + " ("
                            + (pathway.minimumCredits() - credits) + " more). Add optional units the learner has "
                            + "passed."));
        }
    }
}
