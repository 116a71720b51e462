package org.examdesk.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/** The help centre's article list: optional words and topic, most viewed first. */
final class Browse {

    /** How many matching articles are ordered by views; the corpus is far smaller. */
    private static final int CANDIDATES = 1_000;

    private final ArticleIndex index;
    private final Catalog catalog;
    private final ArticleQueries queries;

    Browse(ArticleIndex index, Catalog catalog, ArticleQueries queries) {
        this.index = index;
        this.catalog = catalog;
        this.queries = queries;
    }

    List<SearchHit> browse(String text, String topic, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<SearchHit> found = text == null || text.isBlank() ? all(topic) : matching(text, topic);
        return found.stream()
                .sorted(Comparator.comparingLong((SearchHit h) -> catalog.views(h.id()))
                        .reversed()
                        .thenComparing(
                                Comparator.comparingDouble(SearchHit::score).reversed())
                        .thenComparing(SearchHit::title))
                .limit(limit)
                .toList();
    }

    private List<SearchHit> all(String topic) {
        String wanted = topic == null || topic.isBlank() ? null : ArticleDocument.keyword(topic);
        return catalog.all().stream()
                .filter(a -> wanted == null
                        || a.topics().stream().map(ArticleDocument::keyword).anyMatch(wanted::equals))
                .map(a -> hit(a, 0))
                .toList();
    }

    private List<SearchHit> matching(String text, String topic) {
        Query words = queries.titleAndSummary(ArticleSearch.cut(text));
        if (words == null) {
            return List.of();
        }
        IndexSearcher searcher = index.acquire();
        try {
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, Occur.MUST);
            if (topic != null && !topic.isBlank()) {
                query.add(ArticleFilters.filter(ArticleDocument.TOPIC, topic, searcher.getIndexReader()), Occur.FILTER);
            }
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc doc : searcher.search(query.build(), CANDIDATES).scoreDocs) {
                String id = ArticleDocument.idOf(searcher, doc.doc);
                catalog.get(id).ifPresent(a -> hits.add(hit(a, doc.score)));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    private static SearchHit hit(Article article, double score) {
        return new SearchHit(
                article.id(),
                article.title(),
                article.summary(),
                Snippets.escape(article.summary()),
                score,
                article.updated());
    }
}
