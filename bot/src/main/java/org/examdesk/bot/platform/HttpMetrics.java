package org.examdesk.bot.platform;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One log line per request (request id, method, path, status, milliseconds) and a timer per route. */
public final class HttpMetrics {
    private static final Logger log = LoggerFactory.getLogger("http");

    private final PrometheusMeterRegistry registry;
    private final Function<Context, String> requestIds;

    /** {@code requestIds} gives the id the server assigned to a request, for the log line. */
    public HttpMetrics(PrometheusMeterRegistry registry, Function<Context, String> requestIds) {
        this.registry = registry;
        this.requestIds = requestIds;
    }

    public void record(Context ctx, Float millis) {
        log.info(
                "{} {} {} {} {}ms",
                requestIds.apply(ctx),
                ctx.method(),
                ctx.path(),
                ctx.statusCode(),
                String.format(Locale.ROOT, "%.1f", millis));
        String route = ctx.endpoint() == null ? "unmatched" : ctx.endpoint().path;
        Timer.builder("http.server.requests")
                .tag("method", ctx.method().name())
                .tag("route", route)
                .tag("status", Integer.toString(ctx.statusCode()))
                .register(registry)
                .record((long) (millis * 1000), TimeUnit.MICROSECONDS);
    }

    public void scrape(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }
}
