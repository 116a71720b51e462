package org.examdesk.admin.results;

import io.javalin.http.Context;
import org.examdesk.admin.web.ApiException;

/** Reads the ids in paths and query strings of this feature, answering 400 with a sentence when one is not a number. */
public final class Params {
    private static final int MAX_PAGE = 1_000_000;

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

    /** The optional {@code page} of a list: a whole number from 1 to 1,000,000, 1 when absent. */
    public static int page(Context ctx) {
        String value = ctx.queryParam("page");
        if (value == null || value.isBlank()) {
            return 1;
        }
        long page;
        try {
            page = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            page = 0;
        }
        if (page < 1 || page > MAX_PAGE) {
            throw ApiException.badRequest("The page must be a whole number from 1 to 1,000,000.", "page");
        }
        return (int) page;
    }

    private static long parse(String value, String name) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'" + name + "' must be a whole number, not '" + value + "'.", name);
        }
    }
}
