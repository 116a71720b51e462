package org.examdesk.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Corrects typing mistakes against the articles' own vocabulary. Only a word the articles never
 * use, at least {@value #MIN_LENGTH} letters long, is replaced, so a query whose words all occur
 * in the articles is searched exactly as typed (typo tolerance never disturbs an exact match).
 */
final class SpellingCorrector {

    /** Shorter words have too many one-edit neighbours ("form", "from") to correct safely. */
    static final int MIN_LENGTH = 5;

    private static final int MAX_LENGTH = 30;

    /** Corrections remembered for one index version; dropped when it grows past this. */
    private static final int MAX_REMEMBERED = 20_000;

    /** Remembered corrections (empty: the word stays) for the reader they were computed on. */
    private record Memory(Object reader, Map<String, Optional<String>> corrections) {}

    private final Analyzer words = Analysis.plainWords();
    private final DirectSpellChecker checker = new DirectSpellChecker();
    private volatile Memory memory = new Memory(null, Map.of());

    SpellingCorrector() {
        checker.setMinQueryLength(MIN_LENGTH);
        checker.setMaxEdits(2);
        checker.setMinPrefix(1);
        checker.setAccuracy(0.7f);
    }

    /** The text with unknown words replaced by their best correction; the text itself if none. */
    String correct(String text, IndexReader reader) {
        Map<String, Optional<String>> remembered = memoryFor(reader);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        try (TokenStream stream = words.tokenStream(ArticleDocument.SPELL, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                Optional<String> known = remembered.get(word);
                if (known == null) {
                    known = Optional.ofNullable(correction(word, reader));
                    remembered.put(word, known);
                }
                String correction = known.orElse(null);
                if (correction != null) {
                    out.append(text, copied, offset.startOffset()).append(correction);
                    copied = offset.endOffset();
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    /** The remembered corrections for this reader; a refreshed index starts afresh. */
    private Map<String, Optional<String>> memoryFor(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        Object key = helper == null ? reader : helper.getKey();
        Memory current = memory;
        if (current.reader() != key || current.corrections().size() > MAX_REMEMBERED) {
            current = new Memory(key, new ConcurrentHashMap<>());
            memory = current;
        }
        return current.corrections();
    }

    private String correction(String word, IndexReader reader) throws IOException {
        if (word.length() < MIN_LENGTH || word.length() > MAX_LENGTH || !isLetters(word)) {
            return null;
        }
        Term term = new Term(ArticleDocument.SPELL, word);
        if (reader.docFreq(term) > 0) {
            return null;
        }
        SuggestWord[] suggestions = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return suggestions.length == 0 ? null : suggestions[0].string;
    }

    private static boolean isLetters(String word) {
        return word.chars().allMatch(Character::isLetter);
    }
}
