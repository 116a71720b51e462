package org.examdesk.bot.platform;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/** {@code /health}: 200 when the database answers and articles are indexed, 503 otherwise. */
public final class HealthController {
    private final BooleanSupplier databaseUp;
    private final IntSupplier articlesIndexed;
    private final String version;

    public HealthController(BooleanSupplier databaseUp, IntSupplier articlesIndexed, String version) {
        this.databaseUp = databaseUp;
        this.articlesIndexed = articlesIndexed;
        this.version = version;
    }

    public void health(Context ctx) {
        boolean database = databaseUp.getAsBoolean();
        int articles = articlesIndexed.getAsInt();
        boolean ready = database && articles > 0;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", ready ? "UP" : "DOWN");
        body.put("database", database ? "UP" : "DOWN");
        body.put("articlesIndexed", articles);
        body.put("version", version);
        ctx.status(ready ? 200 : 503).json(body);
    }
}
