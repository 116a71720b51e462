package org.examdesk.bot.platform;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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

    /** {@code GET /metrics}, for a scraper that sends {@code Authorization: Bearer <token>}; 401 otherwise. */
    public Handler scrape(String token) {
        byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        return ctx -> {
            String given = ctx.header("Authorization");
            if (given == null || !MessageDigest.isEqual(expected, given.trim().getBytes(StandardCharsets.UTF_8))) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw RequestException.unauthorized("The metrics need the bearer token set in METRICS_TOKEN.");
            }
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
        };
    }
}
