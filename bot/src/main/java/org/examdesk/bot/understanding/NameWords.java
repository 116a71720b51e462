package org.examdesk.bot.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examdesk.knowledge.KnowledgeBase;

/**
 * The words of a message that could be part of a person's name: what is left when emails, numbers, titles,
 * possessive endings and the words that are never names (not-names.txt: function words and the product, role,
 * status and task words) are taken out. Whether they do name someone is for the data to say.
 */
public final class NameWords {
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$|(?<=s)['\u2019]$");
    private static final Pattern EDGE = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");
    private static final Pattern EDGE_BUT_APOSTROPHE = Pattern.compile("^[^\\p{L}]+|[^\\p{L}'\u2019]+$");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{L}+(?:['\u2019\\-]\\p{L}+)*");

    private final Set<String> notNames;

    private NameWords(Set<String> notNames) {
        this.notNames = notNames;
    }

    /** The listed words and the ordinary words of the help articles: what the product uses. */
    public static NameWords of(KnowledgeBase knowledge) {
        return learnedFrom(knowledge.articles().stream()
                .map(a -> a.title() + ".\n" + a.summary() + ".\n" + a.body())
                .toList());
    }

    /** The listed words only. */
    public static NameWords standard() {
        return new NameWords(listed());
    }

    /**
     * The listed words and the ordinary words of these texts (the help articles): a word written in lower case in
     * at least two places and never with a capital inside a sentence is an ordinary word, not a name.
     */
    public static NameWords learnedFrom(List<String> texts) {
        Map<String, Integer> lower = new HashMap<>();
        Set<String> capitalised = new HashSet<>();
        Pattern sentenceStart = Pattern.compile("(^|[.!?:\\n#*-]\\s*)$");
        for (String text : texts) {
            Matcher m = Pattern.compile("\\p{L}+").matcher(text);
            while (m.find()) {
                String word = m.group();
                if (Character.isUpperCase(word.charAt(0))) {
                    boolean atStart = sentenceStart
                            .matcher(text.substring(Math.max(0, m.start() - 3), m.start()))
                            .find();
                    if (!atStart) {
                        capitalised.add(Words.fold(word));
                    }
                } else {
                    lower.merge(Words.fold(word), 1, Integer::sum);
                }
            }
        }
        Set<String> words = new HashSet<>(listed());
        lower.forEach((word, n) -> {
            if (n >= 2 && !capitalised.contains(word)) {
                words.add(word);
            }
        });
        return new NameWords(Set.copyOf(words));
    }

    private static Set<String> listed() {
        try (InputStream in = NameWords.class.getResourceAsStream("not-names.txt")) {
            Set<String> words = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    for (String w : line.trim().split("\\s+")) {
                        if (!w.isEmpty()) {
                            words.add(Words.fold(w));
                        }
                    }
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The candidate words in their order, as typed (possessive endings removed). */
    public List<String> in(String text) {
        List<String> words = new ArrayList<>();
        for (String raw : EMAIL.matcher(text).replaceAll(" ").split("[\\s,;:!?()\"/]+")) {
            String word = POSSESSIVE
                    .matcher(EDGE_BUT_APOSTROPHE.matcher(raw).replaceAll(""))
                    .replaceAll("");
            word = EDGE.matcher(word).replaceAll("");
            if (word.length() < 2 || !NAME_WORD.matcher(word).matches() || isNotName(word)) {
                continue;
            }
            words.add(word);
        }
        return words;
    }

    /** Whether the word is one that never names anyone ("locked", "portal", "the"). */
    public boolean isNotName(String word) {
        return notNames.contains(Words.fold(word).replace("\u2019", "'"));
    }
}
