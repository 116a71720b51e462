package org.examdesk.bot.flows.learners;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examdesk.admin.client.LearnerModels.Learner;
import org.examdesk.admin.client.LearnerModels.LearnerMatch;
import org.examdesk.admin.client.LearnerModels.LearnerMatches;
import org.examdesk.bot.understanding.NameWords;
import org.examdesk.bot.understanding.Words;

/**
 * Which learners a message means, resolved against the speaker's own centre through the admin API: a ULN (10
 * digits) or a learner id (L and 8 digits), else the words that could be a name, matched by the API as students'
 * names are (case, accents, possessives, one typo). Several names in one message ("Chloe Evans and Amir Khan") are
 * told apart by the words each matched.
 */
final class LearnerReferences {
    private static final Pattern ULN = Pattern.compile("(?<!\\d)(\\d{10})(?!\\d)");
    private static final Pattern LEARNER_ID = Pattern.compile("\\b([Ll]\\d{8})\\b");

    /**
     * What a message points at: for each name it gave, the learners it may be (one when clear); how to describe
     * the reference; the closest names when nobody matched; whether it named anyone at all.
     */
    record Found(List<Name> names, String described, List<String> closest, boolean named) {
        static final Found NOBODY = new Found(List.of(), "that learner", List.of(), false);

        /** Every learner it may be, one list. */
        List<Learner> all() {
            return names.stream().flatMap(n -> n.learners().stream()).toList();
        }
    }

    /** One name the message gave, as typed ("\u201cchloe\u201d"), and the learners it may be. */
    record Name(String described, List<Learner> learners) {}

    private final NameWords nameWords;

    LearnerReferences(NameWords nameWords) {
        this.nameWords = nameWords;
    }

    Found find(CentreLearners learners, String text) {
        Matcher uln = ULN.matcher(text);
        if (uln.find()) {
            return byNumber(learners, uln.group(1), "ULN " + uln.group(1));
        }
        Matcher id = LEARNER_ID.matcher(text);
        if (id.find()) {
            String ref = id.group(1).toUpperCase(Locale.ROOT);
            return byNumber(learners, ref, "learner id " + ref);
        }
        List<String> words = nameWords.in(Dates.without(text));
        if (words.isEmpty()) {
            return Found.NOBODY;
        }
        LearnerMatches matches = learners.match(String.join(" ", words));
        String asked = "a learner called " + String.join(" ", words);
        if (matches.items().isEmpty()) {
            return new Found(List.of(), asked, matches.closest(), true);
        }
        if (namedSomeoneElse(words, matches.items().get(0))) {
            List<String> closest = matches.items().stream()
                    .map(m -> Wording.name(m.learner()))
                    .distinct()
                    .limit(3)
                    .toList();
            return new Found(List.of(), asked, closest, true);
        }
        List<Name> names = byWords(matches.items());
        return new Found(names, names.get(0).described(), List.of(), true);
    }

    private static Found byNumber(CentreLearners learners, String number, String described) {
        List<Learner> found = learners.search(Map.of("q", number, "size", "20")).items();
        return new Found(found.isEmpty() ? List.of() : List.of(new Name(described, found)), described, List.of(), true);
    }

    /** The matches grouped by the words they matched: "chloe evans" and "amir khan" are two names. */
    private static List<Name> byWords(List<LearnerMatch> items) {
        Map<List<String>, List<Learner>> groups = new LinkedHashMap<>();
        for (LearnerMatch m : items) {
            groups.computeIfAbsent(m.words(), w -> new ArrayList<>()).add(m.learner());
        }
        if (groups.size() > 1 && items.stream().anyMatch(m -> !"FULL_NAME".equals(m.matched()))) {
            // a given or family name alone, matched by different words: one name, not several
            return List.of(new Name(
                    quoted(items.get(0).words()),
                    items.stream().map(LearnerMatch::learner).toList()));
        }
        List<Name> names = new ArrayList<>();
        groups.forEach((words, learners) -> names.add(new Name(quoted(words), learners)));
        return names;
    }

    private static String quoted(List<String> words) {
        return "\u201c" + String.join(" ", words) + "\u201d";
    }

    /**
     * Whether the message typed a full name that the best match only half fits: a given or family name matched
     * while another word, capitalised as names are, did not ("Chloe Smith" when only Chloes match).
     */
    private static boolean namedSomeoneElse(List<String> words, LearnerMatch best) {
        if ("FULL_NAME".equals(best.matched())) {
            return false;
        }
        List<String> matched = best.words().stream().map(Words::fold).toList();
        return words.stream().filter(w -> Character.isUpperCase(w.charAt(0))).anyMatch(w -> matched.stream()
                .noneMatch(m -> m.equals(Words.fold(w)) || Words.fold(w).contains(m)));
    }
}
