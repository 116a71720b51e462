package org.examdesk.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Article sections as embedding vectors, searched by nearest neighbour. One Lucene document per
 * section (the summary with the aliases, then each "## " part of the body), all carrying the
 * article's id and its filter keywords, so a search can respect the same filters as BM25.
 */
final class DenseIndex implements AutoCloseable {

    static final String VECTOR = "vector";

    private final Embedder embedder;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    DenseIndex(Embedder embedder) throws IOException {
        this.embedder = embedder;
        this.writer = new IndexWriter(directory, new IndexWriterConfig());
        this.searchers = new SearcherManager(writer, null);
    }

    void upsert(Article article) throws IOException {
        List<Document> sections = new ArrayList<>();
        for (String text : sections(article)) {
            Document doc = new Document();
            // Exact id, stored: which article a section belongs to, and the delete key.
            doc.add(new StringField(ArticleDocument.ID, article.id(), Field.Store.YES));
            // Cosine: the model's vectors are compared by angle.
            doc.add(new KnnFloatVectorField(VECTOR, embedder.passage(text), VectorSimilarityFunction.COSINE));
            ArticleDocument.addFilterKeywords(doc, article);
            sections.add(doc);
        }
        writer.updateDocuments(new Term(ArticleDocument.ID, article.id()), sections);
    }

    void delete(String id) throws IOException {
        writer.deleteDocuments(new Term(ArticleDocument.ID, id));
    }

    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Article ids by their closest section to the question, best first, at most {@code k}. */
    List<String> search(String question, Query filter, int k) {
        float[] vector = embedder.query(question);
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            // Several sections of one article may be near: ask for more, keep each article once.
            Query query = new KnnFloatVectorQuery(VECTOR, vector, k * 4, filter);
            Set<String> ids = new LinkedHashSet<>();
            for (ScoreDoc doc : searcher.search(query, k * 4).scoreDocs) {
                ids.add(searcher.storedFields().document(doc.doc).get(ArticleDocument.ID));
                if (ids.size() == k) {
                    break;
                }
            }
            return List.copyOf(ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static List<String> sections(Article article) {
        List<String> sections = new ArrayList<>();
        sections.add(article.title() + ". " + article.summary() + " " + String.join(", ", article.aliases()));
        for (String part : article.body().split("\n## ")) {
            String text = MarkdownText.toPlainText(part).strip();
            if (!text.isEmpty()) {
                sections.add(article.title() + ". " + text);
            }
        }
        return sections;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
