package org.examdesk.admin.results;

import io.javalin.http.Context;
import org.examdesk.admin.web.ApiException;

/** Reads the ids in paths and query strings of this feature, answering 400 with a sentence when one is not a number. */
public final class Params {
    private Params() {}

    public static long path(Context ctx, String name) {
        return parse(ctx.pathParam(name), name);
    }

    /** The optional {@code centreId} query parameter: an associate the caller's centre administers. */
    public static Long centre(Context ctx) {
        String value = ctx.queryParam("centreId");
        return value == null || value.isBlank() ? null : parse(value, "centreId");
    }

    public static Long optional(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : parse(value, name);
    }

    private static long parse(String value, String name) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'" + name + "' must be a whole number, not '" + value + "'.", name);
        }
    }
}
