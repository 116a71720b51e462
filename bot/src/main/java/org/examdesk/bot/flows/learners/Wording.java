package org.examdesk.bot.flows.learners;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.examdesk.admin.client.LearnerModels.Learner;

/** How the learner flows write learners, money and grades. */
final class Wording {
    /** The grades of learner results in words: P is a pass and F a fail (domain section 3). */
    private static final Map<String, String> GRADES = Map.ofEntries(
            Map.entry("P", "Pass"),
            Map.entry("F", "Fail"),
            Map.entry("M", "Merit"),
            Map.entry("D", "Distinction"),
            Map.entry("D*", "Distinction*"),
            Map.entry("U", "Unclassified"));

    private Wording() {}

    static String name(Learner l) {
        return l.givenName() + " " + l.familyName();
    }

    /** "Chloe Evans (L12345678, born 3 May 2009)": enough to tell two learners of one name apart. */
    static String label(Learner l) {
        return name(l) + " (" + l.learnerRef() + ", born " + Dates.show(l.dateOfBirth()) + ")";
    }

    static String money(long pence) {
        return String.format(Locale.UK, "\u00a3%,d.%02d", pence / 100, pence % 100);
    }

    /** "P (Pass)"; grades such as A or B stay as they are. */
    static String grade(String grade) {
        String words = GRADES.get(grade);
        return words == null ? grade : grade + " (" + words + ")";
    }

    /** "Chloe Evans", "Chloe Evans and Amir Khan", "A, B and C". */
    static String names(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
