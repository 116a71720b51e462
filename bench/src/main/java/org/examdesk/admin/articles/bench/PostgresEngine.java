package org.examdesk.admin.articles.bench;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.db.Database;
import org.examdesk.knowledge.Article;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL full-text search as a team would build it without Lucene: one table of the articles, a
 * stored tsvector weighted title A, aliases B, summary C, body D ({@code english} configuration), a GIN
 * index, and questions ranked by {@code ts_rank}.
 */
final class PostgresEngine implements SearchEngine {

    /** How the question becomes a tsquery. */
    enum Matching {
        /** {@code websearch_to_tsquery}: every word of the question must be in the article. */
        ALL_WORDS("PG all words", "websearch_to_tsquery('english', ?)"),
        /** The words of {@code plainto_tsquery} joined by OR: any word may match. */
        ANY_WORD("PG any word", "replace(plainto_tsquery('english', ?)::text, '&', '|')::tsquery");

        private final String label;
        private final String tsquery;

        Matching(String label, String tsquery) {
            this.label = label;
            this.tsquery = tsquery;
        }
    }

    static final String SCHEMA =
            """
            drop table if exists kb_articles;
            create table kb_articles (
                id text primary key,
                title text not null,
                aliases text not null,
                summary text not null,
                body text not null,
                document tsvector generated always as (
                    setweight(to_tsvector('english', title), 'A')
                    || setweight(to_tsvector('english', aliases), 'B')
                    || setweight(to_tsvector('english', summary), 'C')
                    || setweight(to_tsvector('english', body), 'D')) stored)
            """;
    static final String INDEX = "create index kb_articles_document on kb_articles using gin (document)";

    private final Database database;
    private final Matching matching;

    PostgresEngine(Database database, Matching matching) {
        this.database = database;
        this.matching = matching;
    }

    /** Replaces the table's rows by the articles (COPY), then builds the GIN index and analyses. */
    static void load(Database database, List<Article> articles) throws SQLException {
        database.jdbi().useHandle(handle -> {
            handle.createScript(SCHEMA).execute();
            copy(handle, articles);
            handle.execute(INDEX);
            handle.execute("analyze kb_articles");
        });
    }

    private static void copy(Handle handle, List<Article> articles) throws SQLException {
        CopyIn copy = handle.getConnection()
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("copy kb_articles (id, title, aliases, summary, body) from stdin");
        try {
            for (Article a : articles) {
                String row = String.join(
                                "\t",
                                field(a.id()),
                                field(a.title()),
                                field(String.join(", ", a.aliases())),
                                field(a.summary()),
                                field(a.body()))
                        + "\n";
                byte[] bytes = row.getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** A value in COPY's text format: backslash, tab and line breaks escaped. */
    private static String field(String value) {
        return value.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    @Override
    public String name() {
        return matching.label;
    }

    @Override
    public Searcher open() throws SQLException {
        Handle handle = database.jdbi().open();
        PreparedStatement statement = handle.getConnection()
                .prepareStatement(
                        """
                select id from kb_articles, (select %s as query) question
                where document @@ question.query
                order by ts_rank(document, question.query) desc, id
                limit ?"""
                                .formatted(matching.tsquery));
        return new Searcher() {
            @Override
            public Answer search(String query, int limit) {
                try {
                    statement.setString(1, query);
                    statement.setInt(2, limit);
                    List<String> ids = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            ids.add(rows.getString(1));
                        }
                    }
                    return new Answer(ids, !ids.isEmpty());
                } catch (SQLException e) {
                    throw new IllegalStateException("Full-text search failed for: " + query, e);
                }
            }

            @Override
            public void close() {
                try (handle;
                        statement) {
                    // closed by try-with-resources
                } catch (SQLException e) {
                    throw new IllegalStateException("Closing the statement failed", e);
                }
            }
        };
    }
}
