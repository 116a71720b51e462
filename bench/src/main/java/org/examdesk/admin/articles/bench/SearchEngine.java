package org.examdesk.admin.articles.bench;

import java.util.List;

/** A search engine under comparison: opens one {@link Searcher} per thread that searches. */
interface SearchEngine {

    String name();

    Searcher open() throws Exception;

    /** Searches from one thread; not shared between threads. */
    interface Searcher extends AutoCloseable {
        Answer search(String query, int limit);

        @Override
        void close();
    }

    /**
     * What an engine gave back for a question.
     *
     * @param ids the article ids found, best first
     * @param answered whether the engine offers the first hit as the answer: Lucene's calibrated
     *     confidence; for PostgreSQL full-text search, which has no confidence, any hit at all
     */
    record Answer(List<String> ids, boolean answered) {
        public Answer {
            ids = List.copyOf(ids);
        }
    }
}
