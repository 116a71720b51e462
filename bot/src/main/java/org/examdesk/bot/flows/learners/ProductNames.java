package org.examdesk.bot.flows.learners;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.examdesk.bot.understanding.Words;

/**
 * Which product a message names, among some (the orderable products, or those of one learner's results): by its
 * reference (QN, "603/0456/1", with or without the slashes), or by the words of its title it uses. A rarer title
 * word weighs more ("sport" names one product, "btec" four, "level" nearly all); a word matches when equal, when
 * one starts the other (4 letters or more: "sports", "hair"), when it is a usual short form ("maths"), or one typo
 * away (5 letters or more). Only a message using at least one distinctive word names anything; a tie is a choice.
 */
final class ProductNames<T> {
    private static final Map<String, String> SHORT_FORMS = Map.of(
            "maths", "mathematics",
            "math", "mathematics",
            "psych", "psychology",
            "admin", "administration",
            "hsc", "health");

    private final List<T> products;
    private final Function<T, String> reference;
    private final Function<T, String> title;
    private final Map<String, Integer> documents = new HashMap<>();

    ProductNames(List<T> products, Function<T, String> reference, Function<T, String> title) {
        this.products = List.copyOf(products);
        this.reference = reference;
        this.title = title;
        products.forEach(
                p -> new LinkedHashSet<>(words(title.apply(p))).forEach(w -> documents.merge(w, 1, Integer::sum)));
    }

    /** The products {@code text} names, best first: one when it is clear, several when they tie, none when vague. */
    List<T> named(String text) {
        String folded = Words.fold(text);
        String digits = folded.replaceAll("[^0-9a-z]", "");
        for (T p : products) {
            String ref = Words.fold(reference.apply(p));
            if (folded.contains(ref) || (ref.length() >= 7 && digits.contains(ref.replaceAll("[^0-9a-z]", "")))) {
                return List.of(p);
            }
        }
        List<String> typed = words(text);
        double best = 0;
        List<T> found = new ArrayList<>();
        for (T p : products) {
            double score = 0;
            boolean distinctive = false;
            for (String w : new LinkedHashSet<>(words(title.apply(p)))) {
                if (typed.stream().anyMatch(t -> same(t, w, true))) {
                    score += weight(w);
                    distinctive |= documents.get(w) * 3 <= Math.max(3, products.size());
                }
            }
            if (!distinctive || score < best) {
                continue;
            }
            if (score > best) {
                found.clear();
                best = score;
            }
            found.add(p);
        }
        return List.copyOf(found);
    }

    /** {@code text} without the words that belong to a product's title or reference (so they are not read as names). */
    String without(String text) {
        Set<String> all = new LinkedHashSet<>();
        products.forEach(p -> all.addAll(words(title.apply(p))));
        List<String> kept = new ArrayList<>();
        for (String token : text.split("\\s+")) {
            String word = Words.fold(token).replaceAll("[^a-z0-9]", "");
            boolean productWord = all.stream().anyMatch(w -> same(word, w, false))
                    || products.stream().anyMatch(p -> token.contains(reference.apply(p)));
            if (!productWord) {
                kept.add(token);
            }
        }
        return String.join(" ", kept);
    }

    private double weight(String word) {
        return Math.log((products.size() + 1.0) / documents.get(word));
    }

    /** Whether a typed word is the title word {@code w}: equal, a start of it or it of the typed word, a short form. */
    private static boolean same(String typed, String w, boolean typos) {
        if (typed.isEmpty()) {
            return false;
        }
        if (typed.equals(w) || w.equals(SHORT_FORMS.get(typed))) {
            return true;
        }
        if (typed.length() >= 4 && w.length() >= 4 && (w.startsWith(typed) || typed.startsWith(w))) {
            return true;
        }
        return typos && typed.length() >= 5 && w.length() >= 5 && oneEdit(typed, w);
    }

    /** One insertion, deletion, substitution or swap of adjacent letters apart. */
    static boolean oneEdit(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            boolean swap = i + 1 < a.length()
                    && a.charAt(i) == b.charAt(i + 1)
                    && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
            return swap || a.substring(i + 1).equals(b.substring(i + 1));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    /** The words of a title or message, folded, without "in", "and", "of", "the". */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : Words.fold(text).split("[^a-z0-9*]+")) {
            if (!w.isEmpty()
                    && !List.of("in", "and", "of", "the", "a", "on", "for").contains(w)) {
                words.add(w);
            }
        }
        return words;
    }
}
