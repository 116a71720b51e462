package org.examdesk.bot.platform;

import io.javalin.http.Context;

/**
 * The security headers of every answer, set in one place before any handler runs: a Content-Security-Policy that
 * lets pages run only their own files (no inline script or style, no plugins) and be framed by nobody, except the
 * chat page opened by the widget ({@code /?embed=1}), which the sites in {@code EXAMDESK_WIDGET_ORIGINS} may frame;
 * {@code nosniff}, a referrer kept to the origin across sites, HSTS when served over HTTPS, and
 * {@code Cache-Control: no-store} on every API and bot answer (tokens, codes and personal data are never cached).
 */
public final class SecurityHeaders {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

    private final String everywhere;
    private final String widget;
    private final boolean https;

    public SecurityHeaders(WebSecurity settings) {
        this.everywhere = POLICY + "; frame-ancestors 'none'";
        this.widget = POLICY + "; frame-ancestors 'self'"
                + (settings.widgetOrigins().isEmpty() ? "" : " " + String.join(" ", settings.widgetOrigins()));
        this.https = settings.https();
    }

    public void apply(Context ctx) {
        boolean embedded = isWidgetPage(ctx);
        ctx.header("Content-Security-Policy", embedded ? widget : everywhere);
        if (!embedded) {
            ctx.header("X-Frame-Options", "DENY");
        }
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        if (https) {
            ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String path = ctx.path();
        if (path.startsWith("/api/") || path.startsWith("/bot/") || path.startsWith("/slack/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    /** The chat page as the widget opens it in its frame, on a school's own site. */
    private static boolean isWidgetPage(Context ctx) {
        String path = ctx.path();
        return (path.equals("/") || path.equals("/index.html")) && "1".equals(ctx.queryParam("embed"));
    }
}
