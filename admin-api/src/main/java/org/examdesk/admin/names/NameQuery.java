package org.examdesk.admin.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.examdesk.admin.web.ApiException;

/**
 * The words of a name match ({@code GET /api/v1/students/match?q=&limit=}, {@code GET /api/v1/learners/match}), read
 * and checked: {@code q} is 1 to
 * {@value #MAX_LENGTH} characters after trimming, {@code limit} 1 to {@value #MAX_LIMIT}; anything else is a 422
 * naming the parameter. {@code given} are the query's words as typed, lower-cased; {@code words} the same words
 * ready to compare: titles (Mr, Dr, ...) left out, a possessive 's dropped. Accents, apostrophes and hyphens are
 * left for the database to fold, so both sides are folded by one function ({@code student_name_fold}).
 */
public record NameQuery(List<String> given, List<String> words, int limit) {
    public static final int MAX_LENGTH = 200;
    public static final int MAX_LIMIT = 20;
    public static final int DEFAULT_LIMIT = 8;
    static final int MAX_PAIRS = 300;
    static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr");
    /**
     * What separates words: spaces, control characters and punctuation other than apostrophes, hyphens and full
     * stops, which stay inside a word (O'Brien, Smith-Jones).
     */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Cc},;:!?&+/\\\\()\\[\\]{}<>\"“”]+");
    /** What is trimmed off either end of a word: anything but a letter, a combining mark or a digit. */
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{M}\\p{N}]+|[^\\p{L}\\p{M}\\p{N}]+$");

    private static final Pattern POSSESSIVE = Pattern.compile("['’ʼ`]s$");

    /** One word, or two adjacent words taken together ("o connor", "mary jane"), to compare with each name. */
    public record Term(String text, List<Integer> positions) {}

    /** Reads {@code q} and {@code limit}; {@code person} ("a student", "a learner") is named in the refusal. */
    public static NameQuery from(Function<String, String> param, String person) {
        List<String> errors = new ArrayList<>();
        String q = param.apply("q") == null ? "" : param.apply("q").trim();
        if (q.isEmpty() || q.length() > MAX_LENGTH) {
            errors.add("q");
        }
        int limit = limit(param.apply("limit"), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(
                    "Give q, the words that may name " + person + " (1 to " + MAX_LENGTH
                            + " characters), and optionally limit, a whole number from 1 to " + MAX_LIMIT + " (default "
                            + DEFAULT_LIMIT + "). Not valid: " + String.join(", ", errors) + ".",
                    errors);
        }
        List<String> given = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String token : SEPARATORS.split(q)) {
            String word = EDGES.matcher(token).replaceAll("").toLowerCase(Locale.ROOT);
            String bare = POSSESSIVE.matcher(word).replaceFirst("");
            if (!bare.isEmpty() && !TITLES.contains(bare)) {
                given.add(word);
                words.add(bare);
            }
        }
        return new NameQuery(List.copyOf(given), List.copyOf(words), limit);
    }

    /** Every word on its own, then every two adjacent words together. */
    public List<Term> terms() {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            terms.add(new Term(words.get(i), List.of(i)));
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            terms.add(new Term(words.get(i) + " " + words.get(i + 1), List.of(i, i + 1)));
        }
        return terms;
    }

    /**
     * The pairs of terms (their numbers from 1, in the order of {@link #terms}) that could name a person's forename
     * and surname together: two terms sharing no word. A query of one word gives that word twice (its one term
     * alone). Empty when there are more than {@value #MAX_PAIRS} pairs: a long message is matched without them.
     */
    public List<int[]> termPairs() {
        List<Term> terms = terms();
        if (words.size() == 1) {
            return List.<int[]>of(new int[] {1, 1});
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            for (int j = i + 1; j < terms.size(); j++) {
                if (terms.get(i).positions().stream().noneMatch(terms.get(j).positions()::contains)) {
                    pairs.add(new int[] {i + 1, j + 1});
                }
            }
        }
        return pairs.size() > MAX_PAIRS ? List.of() : List.copyOf(pairs);
    }

    /** The query as one string for the closest names: the words without titles and possessives. */
    public String text() {
        return String.join(" ", words);
    }

    private static int limit(String value, List<String> errors) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= 1 && parsed <= MAX_LIMIT) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add("limit");
        return DEFAULT_LIMIT;
    }
}
