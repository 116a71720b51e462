package org.examdesk.admin.learners.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Learners given twice in one file or order: the same ULN, or the same name and date of birth (unless both have a
 * ULN and the ULNs differ: then they are two people). The later one is marked, naming where the first is.
 */
final class Duplicates {
    private Duplicates() {}

    static void mark(List<Draft> drafts, List<List<Problem>> problems, IntFunction<String> label) {
        Map<String, Integer> ulns = new HashMap<>();
        Map<String, Integer> people = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.uln() != null) {
                Integer first = ulns.putIfAbsent(d.uln(), i);
                if (first != null) {
                    problems.get(i)
                            .add(new Problem(
                                    "uln", "duplicate", "ULN " + d.uln() + " is also on " + label.apply(first) + "."));
                    continue;
                }
            }
            String person = person(d);
            if (person == null) {
                continue;
            }
            Integer first = people.putIfAbsent(person, i);
            if (first != null && !twoUlns(d, drafts.get(first))) {
                problems.get(i)
                        .add(new Problem(
                                null,
                                "duplicate",
                                "The same learner (" + d.givenName() + " " + d.familyName() + ", born "
                                        + d.dateOfBirth() + ") is also on " + label.apply(first) + "."));
            }
        }
    }

    /** The key of a learner's name and date of birth, or null when one of them could not be read. */
    static String person(Draft d) {
        if (d.givenName() == null || d.familyName() == null || d.dateOfBirth() == null) {
            return null;
        }
        return Names.key(d.givenName()) + "|" + Names.key(d.familyName()) + "|" + d.dateOfBirth();
    }

    /** Whether both have a ULN and they differ: two people who share a name and a birthday. */
    static boolean twoUlns(Draft a, Draft b) {
        return a.uln() != null && b.uln() != null && !a.uln().equals(b.uln());
    }
}
