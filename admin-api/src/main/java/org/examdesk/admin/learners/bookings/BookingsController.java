package org.examdesk.admin.learners.bookings;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.accounts.AuthHandler;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.Idempotency;

/** Test bookings over HTTP: make, list, read, amend, cancel. */
final class BookingsController {
    private final BookingService bookings;

    BookingsController(BookingService bookings) {
        this.bookings = bookings;
    }

    void book(Context ctx) {
        BookingRequest request = ctx.bodyAsClass(BookingRequest.class);
        Idempotency.respond(ctx, bookings.book(AuthHandler.actor(ctx), request, ctx.header(Idempotency.HEADER)));
    }

    void list(Context ctx) {
        List<String> bad = new ArrayList<>();
        Long learner = learner(ctx.queryParam("learner"), bad);
        LocalDate from = date(ctx.queryParam("from"), "from", bad);
        LocalDate to = date(ctx.queryParam("to"), "to", bad);
        if (!bad.isEmpty()) {
            throw ApiException.invalid(
                    "These search parameters are not valid: " + String.join(", ", bad)
                            + ". Give learner as a learner id and from and to as yyyy-MM-dd.",
                    bad);
        }
        ctx.json(bookings.list(AuthHandler.require(ctx), learner, from, to));
    }

    void get(Context ctx) {
        ctx.json(bookings.get(AuthHandler.require(ctx), id(ctx)));
    }

    void amend(Context ctx) {
        BookingChange change = ctx.bodyAsClass(BookingChange.class);
        Idempotency.respond(
                ctx, bookings.amend(AuthHandler.actor(ctx), id(ctx), change, ctx.header(Idempotency.HEADER)));
    }

    void cancel(Context ctx) {
        Idempotency.respond(ctx, bookings.cancel(AuthHandler.actor(ctx), id(ctx), ctx.header(Idempotency.HEADER)));
    }

    private static Long learner(String value, List<String> bad) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            bad.add("learner");
            return null;
        }
    }

    private static LocalDate date(String value, String name, List<String> bad) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            bad.add(name);
            return null;
        }
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("There is no booking " + ctx.pathParam("id") + ".");
        }
    }
}
