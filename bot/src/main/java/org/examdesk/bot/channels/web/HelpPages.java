package org.examdesk.bot.channels.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The help centre's two pages: {@code /help} (search, filters, most viewed) and {@code /help/{id}} (one article).
 * Both are static HTML from {@code public/}; their scripts load the articles from {@code /api/v1/articles}.
 */
public final class HelpPages {
    private final String search;
    private final String article;

    public HelpPages() {
        this.search = read("/public/help.html");
        this.article = read("/public/article.html");
    }

    public void search(Context ctx) {
        ctx.html(search);
    }

    public void article(Context ctx) {
        ctx.html(article);
    }

    private static String read(String resource) {
        try (InputStream in = HelpPages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
