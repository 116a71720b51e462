package org.examdesk.knowledge;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/** Renders article Markdown to HTML for display and to plain text for indexing and snippets. */
final class MarkdownText {

    // Parser and renderers are immutable and thread-safe once built.
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private static final TextContentRenderer TEXT =
            TextContentRenderer.builder().extensions(EXTENSIONS).build();

    private MarkdownText() {}

    static String toHtml(String markdown) {
        return HTML.render(PARSER.parse(markdown));
    }

    static String toPlainText(String markdown) {
        return TEXT.render(PARSER.parse(markdown));
    }
}
