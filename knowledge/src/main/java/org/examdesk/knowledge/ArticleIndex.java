package org.examdesk.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * The in-memory Lucene index of the articles. Writers upsert by id; readers borrow a searcher
 * with {@link #acquire()} and give it back with {@link #release}. A change becomes visible at
 * {@link #refresh()}, which the loader and the watcher call, never a query.
 */
final class ArticleIndex implements AutoCloseable {

    private final Directory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final DenseIndex dense;

    /** @param dense the section vectors kept in step with this index; null for BM25 only */
    ArticleIndex(Similarity similarity, DenseIndex dense) throws IOException {
        this.dense = dense;
        IndexWriterConfig config = new IndexWriterConfig(Analysis.indexAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        config.setSimilarity(similarity);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(similarity);
                return searcher;
            }
        });
    }

    void upsert(Article article) throws IOException {
        writer.updateDocument(new Term(ArticleDocument.ID, article.id()), ArticleDocument.of(article));
        if (dense != null) {
            dense.upsert(article);
        }
    }

    void upsertAll(Collection<Article> articles) throws IOException {
        for (Article article : articles) {
            upsert(article);
        }
    }

    void delete(String id) throws IOException {
        writer.deleteDocuments(new Term(ArticleDocument.ID, id));
        if (dense != null) {
            dense.delete(id);
        }
    }

    /** Makes the changes so far visible to searches acquired from now on. */
    void refresh() throws IOException {
        if (dense != null) {
            dense.refresh();
        }
        searchers.maybeRefreshBlocking();
    }

    /** The section vectors, or null when dense retrieval is off. */
    DenseIndex dense() {
        return dense;
    }

    IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (dense != null) {
            dense.close();
        }
        searchers.close();
        writer.close();
        directory.close();
    }
}
