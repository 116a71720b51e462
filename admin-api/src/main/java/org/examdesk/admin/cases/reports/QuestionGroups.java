package org.examdesk.admin.cases.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Groups questions that ask the same thing in other words: each question becomes its set of normalised words
 * (lower case, no punctuation, no filler words, a plural "s" dropped), and joins the first group whose words
 * overlap with it by at least half (Jaccard), most asked first.
 */
final class QuestionGroups {
    static final double SIMILAR = 0.5;
    private static final Set<String> FILLER = Set.of(
            "a", "an", "the", "i", "we", "you", "my", "our", "your", "to", "of", "for", "in", "on", "at", "is", "are",
            "do", "does", "can", "could", "how", "what", "where", "when", "why", "which", "who", "there", "it", "be",
            "and", "or", "with", "me", "please", "hi", "hello", "this", "that", "much", "many", "their", "they", "any",
            "have", "has", "get");

    /** One group: how many asked, the words they share, and a few of the questions as typed. */
    record Group(int count, List<String> words, List<String> examples) {}

    private QuestionGroups() {}

    static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).replace("'s", "").split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isBlank() && !FILLER.contains(w))
                .map(w -> w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static List<Group> group(List<String> questions, int limit) {
        Map<Set<String>, List<String>> exact = new LinkedHashMap<>();
        for (String q : questions) {
            Set<String> key = words(q);
            if (!key.isEmpty()) {
                exact.computeIfAbsent(key, k -> new ArrayList<>()).add(q.strip());
            }
        }
        List<Map.Entry<Set<String>, List<String>>> byCount = new ArrayList<>(exact.entrySet());
        byCount.sort((a, b) -> b.getValue().size() - a.getValue().size());
        List<Set<String>> keys = new ArrayList<>();
        List<List<String>> members = new ArrayList<>();
        for (var entry : byCount) {
            int at = closest(keys, entry.getKey());
            if (at < 0) {
                keys.add(new TreeSet<>(entry.getKey()));
                members.add(new ArrayList<>(entry.getValue()));
            } else {
                members.get(at).addAll(entry.getValue());
            }
        }
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            List<String> examples = members.get(i).stream().distinct().limit(3).toList();
            groups.add(new Group(members.get(i).size(), List.copyOf(keys.get(i)), examples));
        }
        groups.sort((a, b) -> b.count() - a.count());
        return groups.stream().limit(limit).toList();
    }

    private static int closest(List<Set<String>> keys, Set<String> words) {
        int best = -1;
        double bestScore = SIMILAR;
        for (int i = 0; i < keys.size(); i++) {
            Set<String> common = new HashSet<>(keys.get(i));
            common.retainAll(words);
            Set<String> union = new HashSet<>(keys.get(i));
            union.addAll(words);
            double score = (double) common.size() / union.size();
            if (score >= bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }
}
