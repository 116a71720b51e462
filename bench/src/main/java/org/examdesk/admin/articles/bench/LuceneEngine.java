package org.examdesk.admin.articles.bench;

import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.SearchHit;
import org.examdesk.knowledge.SearchRequest;
import org.examdesk.knowledge.SearchResults;

/** The knowledge module's search, through its public API (snippets, spelling and confidence on). */
final class LuceneEngine implements SearchEngine {
    private final KnowledgeBase knowledge;

    LuceneEngine(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public String name() {
        return "Lucene";
    }

    @Override
    public Searcher open() {
        return new Searcher() {
            @Override
            public Answer search(String query, int limit) {
                SearchResults results = knowledge.search(SearchRequest.of(query, limit));
                return new Answer(results.hits().stream().map(SearchHit::id).toList(), results.confident());
            }

            @Override
            public void close() {
                // the knowledge base is shared and thread-safe: nothing per thread to free
            }
        };
    }
}
