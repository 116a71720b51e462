package org.examdesk.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analyzers of the article index.
 *
 * <p>Index and query share one English chain (standard tokenizer, possessive 's removed, lower
 * case, accents folded, Porter stemming). No stop words are removed: BM25's IDF already makes
 * "the" and "how" nearly free, and keeping them lets multi-word synonyms such as "date of birth"
 * match. The query chain adds the domain synonym graph after stemming: the rules are stemmed by
 * the same chain when loaded, so "passed over" matches the rule "pass over" and "pupils" the
 * rule "pupil", and the index does not need re-building when the list changes.
 */
final class Analysis {

    static final String SYNONYMS_RESOURCE = "synonyms.txt";
    static final String QUESTION_WORDS_RESOURCE = "question-words.txt";

    private Analysis() {}

    /** Index-time analyzer: English stemming on text fields, plain words on the spelling field. */
    static Analyzer indexAnalyzer() {
        return new PerFieldAnalyzerWrapper(new English(null), Map.of(ArticleDocument.SPELL, plainWords()));
    }

    /** Query-time analyzer: the same English chain plus the domain synonym graph. */
    static Analyzer queryAnalyzer() {
        return new English(loadSynonyms());
    }

    /** The English chain without synonyms: a question's words as typed, stemmed. */
    static Analyzer english() {
        return new English(null);
    }

    /** Lower-cased words without stemming: what a person typed, for spelling correction. */
    static Analyzer plainWords() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, words(source));
            }
        };
    }

    private static TokenStream words(TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(in)));
    }

    /**
     * The question words ("what", "how", "my", ...) as the index stores them (stemmed), so query
     * clauses and confidence can recognise them after analysis.
     */
    static Set<String> questionWords() {
        Set<String> words = new HashSet<>();
        Analyzer english = new English(null);
        try (InputStream in = Analysis.class.getResourceAsStream(QUESTION_WORDS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + QUESTION_WORDS_RESOURCE);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.addAll(QuestionTerms.analyse(english, ArticleDocument.ALL, line)
                            .terms());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    private static SynonymMap loadSynonyms() {
        try (InputStream in = Analysis.class.getResourceAsStream(SYNONYMS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SYNONYMS_RESOURCE);
            }
            SolrSynonymParser parser = new SolrSynonymParser(true, true, new English(null));
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                parser.parse(reader);
            }
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("bad synonym rule near line " + e.getErrorOffset(), e);
        }
    }

    /** The English chain, with a synonym graph when {@code synonyms} is not null. */
    private static final class English extends Analyzer {
        private final SynonymMap synonyms;

        English(SynonymMap synonyms) {
            this.synonyms = synonyms;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new PorterStemFilter(words(source));
            if (synonyms != null) {
                stream = new SynonymGraphFilter(stream, synonyms, true);
            }
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
