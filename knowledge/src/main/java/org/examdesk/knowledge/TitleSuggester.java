package org.examdesk.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Title typeahead: any word of a title can be the one being typed ("pass" finds "Help a student
 * with Forgotten Password status"), most viewed first. Rebuilt whenever the articles or the view
 * counts change; a build replaces the suggester's own small index while lookups keep working.
 */
final class TitleSuggester implements AutoCloseable {

    private final Catalog catalog;
    private final AnalyzingInfixSuggester suggester;
    private final Object buildLock = new Object();

    TitleSuggester(Catalog catalog) throws IOException {
        this.catalog = catalog;
        // Unstemmed words: a prefix of what is typed must match a prefix of the title's word.
        this.suggester = new AnalyzingInfixSuggester(new ByteBuffersDirectory(), Analysis.plainWords());
    }

    void rebuild() {
        synchronized (buildLock) {
            try {
                suggester.build(new Titles(catalog.all().iterator()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    List<Suggestion> suggest(String prefix, int limit) {
        if (prefix == null || prefix.isBlank() || limit <= 0) {
            return List.of();
        }
        List<LookupResult> results;
        try {
            results = suggester.lookup(prefix.strip(), limit, true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Suggestion> suggestions = new ArrayList<>(results.size());
        for (LookupResult result : results) {
            String id = result.payload.utf8ToString();
            catalog.get(id)
                    .ifPresent(a -> suggestions.add(new Suggestion(id, a.title(), a.updated(), catalog.views(id))));
        }
        return suggestions;
    }

    @Override
    public void close() throws IOException {
        suggester.close();
    }

    /** Feeds titles to the suggester: the title as key, views as weight, the id as payload. */
    private final class Titles implements InputIterator {
        private final Iterator<Article> articles;
        private Article current;

        Titles(Iterator<Article> articles) {
            this.articles = articles;
        }

        @Override
        public BytesRef next() {
            if (!articles.hasNext()) {
                return null;
            }
            current = articles.next();
            return new BytesRef(current.title());
        }

        @Override
        public long weight() {
            return catalog.views(current.id());
        }

        @Override
        public BytesRef payload() {
            return new BytesRef(current.id().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public boolean hasPayloads() {
            return true;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}
