package org.examdesk.knowledge;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/** Turns an {@link Article} into a Lucene document; the field names are the index's schema. */
final class ArticleDocument {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String ALIASES = "aliases";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    static final String ALL = "all";
    static final String SPELL = "spell";
    static final String ROLE = "role";
    static final String QUALIFICATION = "qualification";
    static final String SUBJECT = "subject";
    static final String TOPIC = "topic";

    /** Body text: stored for the highlighter, offsets in the postings so it needs no re-analysis. */
    private static final FieldType BODY_TYPE = bodyType();

    private ArticleDocument() {}

    static Document of(Article article) {
        String body = MarkdownText.toPlainText(article.body());
        String aliases = String.join("\n", article.aliases());
        Document doc = new Document();
        // Exact id: the upsert/delete key (indexed) and how a hit finds its Article (doc values,
        // read without decompressing the stored body).
        doc.add(new StringField(ID, article.id(), Field.Store.NO));
        doc.add(new SortedDocValuesField(ID, new BytesRef(article.id())));
        // Analysed, not stored (the Article holds the text): searched with the highest boost.
        doc.add(new TextField(TITLE, article.title(), Field.Store.NO));
        // Each alias a separate value; the position gap keeps one alias's phrase from running on.
        for (String alias : article.aliases()) {
            doc.add(new TextField(ALIASES, alias, Field.Store.NO));
        }
        // Summary, analysed, not stored: the fallback snippet comes from the Article.
        doc.add(new TextField(SUMMARY, article.summary(), Field.Store.NO));
        // Body as plain text (Markdown syntax removed) so snippets read well.
        doc.add(new Field(BODY, body, BODY_TYPE));
        // Everything in one field: the vocabulary for the confidence check (which query words the
        // best hit contains at all) without four look-ups per word.
        String all = String.join("\n", article.title(), aliases, article.summary(), body);
        doc.add(new TextField(ALL, all, Field.Store.NO));
        // The same words unstemmed: the dictionary the spelling corrector picks corrections from.
        doc.add(new TextField(SPELL, all, Field.Store.NO));
        addFilterKeywords(doc, article);
        return doc;
    }

    /** Filters: exact, normalised keywords; not stored, not scored. */
    static void addFilterKeywords(Document doc, Article article) {
        addKeywords(doc, ROLE, article.roles());
        addKeywords(doc, QUALIFICATION, article.qualifications());
        addKeywords(doc, SUBJECT, article.subjects());
        addKeywords(doc, TOPIC, article.topics());
    }

    /** How filter values are compared: case and spacing do not matter ("Exams officer"). */
    static String keyword(String value) {
        return value.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    }

    /** The id of a document of the index, from its doc values. */
    static String idOf(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues ids = DocValues.getSorted(leaf.reader(), ID);
        if (!ids.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("document " + doc + " has no id");
        }
        return ids.lookupOrd(ids.ordValue()).utf8ToString();
    }

    private static void addKeywords(Document doc, String field, List<String> values) {
        for (String value : values) {
            doc.add(new StringField(field, keyword(value), Field.Store.NO));
        }
    }

    private static FieldType bodyType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
