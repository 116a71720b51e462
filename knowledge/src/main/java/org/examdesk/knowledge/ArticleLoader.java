package org.examdesk.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads article files into the catalog and the index. A file that cannot be read as an article is
 * logged with its path and the reason, and left out; it never stops the others.
 */
final class ArticleLoader {

    private static final Logger log = LoggerFactory.getLogger(ArticleLoader.class);

    private final Path directory;
    private final ArticleParser parser;
    private final Catalog catalog;
    private final ArticleIndex index;

    ArticleLoader(Path directory, ArticleParser parser, Catalog catalog, ArticleIndex index) {
        this.directory = directory;
        this.parser = parser;
        this.catalog = catalog;
        this.index = index;
    }

    Path directory() {
        return directory;
    }

    /** Loads every article file in the directory, then makes them searchable. */
    void loadAll() throws IOException {
        List<Path> files = articleFiles();
        for (Path file : files) {
            load(file);
        }
        index.refresh();
        log.info("Indexed {} articles from {} ({} files)", catalog.size(), directory, files.size());
    }

    /** Re-reads the given files (changed, added or deleted), then makes the result searchable. */
    void reload(Collection<Path> files) throws IOException {
        for (Path file : files) {
            if (Files.isRegularFile(file)) {
                load(file);
            } else {
                String id = ArticleParser.idOf(file);
                catalog.remove(id);
                index.delete(id);
                log.info("Removed article {} ({} was deleted)", id, file);
            }
        }
        index.refresh();
    }

    /** Re-reads the whole directory, dropping articles whose files are gone. */
    void rescan() throws IOException {
        List<Path> files = articleFiles();
        for (Article article : catalog.all()) {
            if (!Files.exists(directory.resolve(article.id() + ".md"))) {
                catalog.remove(article.id());
                index.delete(article.id());
            }
        }
        reload(files);
    }

    private void load(Path file) throws IOException {
        String id = ArticleParser.idOf(file);
        try {
            Article article = parser.parse(file);
            index.upsert(article);
            catalog.put(article);
        } catch (ArticleFormatException e) {
            // Same result as a restart would give: a broken file is not searchable.
            log.warn("Skipped article file {}: {}", file, e.getMessage());
            catalog.remove(id);
            index.delete(id);
        } catch (IOException e) {
            log.warn("Skipped article file {}: cannot read it: {}", file, e.toString());
        }
    }

    private List<Path> articleFiles() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(ArticleParser::isArticleFile)
                    .sorted()
                    .toList();
        }
    }
}
