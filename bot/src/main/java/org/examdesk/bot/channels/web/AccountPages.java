package org.examdesk.bot.channels.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The account pages ({@code /sign-up}, {@code /verify-email}, {@code /forgot-password}, {@code /reset-password})
 * and the candidate results website's sign-in ({@code /results/sign-in}): static HTML from {@code public/account},
 * whose scripts call {@code /api/v1} themselves. A page opened from an emailed link carries its token in the
 * address, so none of them is cached.
 */
public final class AccountPages {
    /** The handler serving {@code public/account/<name>.html}, read once. */
    public Handler page(String name) {
        String html = read("/public/account/" + name + ".html");
        return ctx -> serve(ctx, html);
    }

    private static void serve(Context ctx, String html) {
        ctx.header("Cache-Control", "no-store");
        ctx.html(html);
    }

    private static String read(String resource) {
        try (InputStream in = AccountPages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
