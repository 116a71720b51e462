package org.examdesk.admin.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinState;
import io.javalin.http.Context;

/** {@code GET /api/v1/openapi.json}: built from the registered routes on first request, then kept. */
public final class OpenApiController {
    private final OpenApiDocument document;
    private final JavalinState state;
    private volatile String rendered;

    public OpenApiController(ObjectMapper json, JavalinState state) {
        this.document = new OpenApiDocument(json);
        this.state = state;
    }

    public void get(Context ctx) throws Exception {
        if (rendered == null) {
            rendered = document.build(OpenApiDocument.routes(state)).toPrettyString();
        }
        ctx.contentType("application/json").result(rendered);
    }
}
