package org.examdesk.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The analysed words of a question, each with the characters of the question it came from. The
 * confidence check analyses a question twice, with and without synonyms, and links a typed word
 * to its synonyms by overlapping characters ("dob" and "date of birth" share the same span).
 */
record QuestionTerms(List<Token> tokens) {

    /** An analysed term from characters [start, end) of the question. */
    record Token(String term, int start, int end) {
        boolean overlaps(Token other) {
            return start < other.end && other.start < end;
        }
    }

    QuestionTerms {
        tokens = List.copyOf(tokens);
    }

    static QuestionTerms analyse(Analyzer analyzer, String field, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a String does no I/O
        }
        return new QuestionTerms(tokens);
    }

    /** The tokens that come from the same characters as {@code word}. */
    List<Token> overlapping(Token word) {
        return tokens.stream().filter(t -> t.overlaps(word)).toList();
    }

    List<String> terms() {
        return tokens.stream().map(Token::term).toList();
    }

    boolean isEmpty() {
        return tokens.isEmpty();
    }
}
