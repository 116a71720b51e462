package org.examdesk.admin.cases.agent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import org.examdesk.admin.cases.CaseReader;
import org.examdesk.admin.cases.CaseRow;
import org.examdesk.admin.cases.CaseStatus;
import org.examdesk.admin.web.ApiException;

/**
 * Where a page of the agent queue starts when asked for by cursor ({@code after}): just after the case with this
 * due time and id (the queue's order is due time, then id, so ties on due time are ordered too), with how many
 * cases came before it (to number the page) and the filter (queue and status) it belongs to. Clients see it as an
 * opaque string; a changed or foreign cursor only moves the start within cases the agent may see anyway.
 */
record QueueCursor(String filter, Instant dueAt, long id, long before) {
    private static final String VERSION = "q1";
    private static final String SEP = "|";
    /** As deep as page numbers go: the last page a {@code page=} may name, of the largest size. */
    private static final long MAX_BEFORE = 1_000_000L * CaseReader.MAX_PAGE_SIZE;

    /** The filter a cursor belongs to: the queue (empty for all) and the status (empty for the open ones). */
    static String filter(String queue, CaseStatus status) {
        return (queue == null ? "" : queue) + "/" + (status == null ? "" : status.name());
    }

    /** The cursor of the page after a page whose last case is {@code last}, with {@code before} cases before that page. */
    static QueueCursor after(String filter, CaseRow last, long before) {
        return new QueueCursor(filter, last.dueAt(), last.id(), before);
    }

    String encode() {
        String text = String.join(SEP, VERSION, filter, dueAt.toString(), Long.toString(id), Long.toString(before));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor this API gave out for the same filter; anything else is a 422 naming {@code after}. */
    static QueueCursor decode(String text, String filter) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(text.trim()), StandardCharsets.UTF_8).split("\\|", -1);
        } catch (IllegalArgumentException e) {
            throw unknown();
        }
        if (parts.length != 5 || !parts[0].equals(VERSION)) {
            throw unknown();
        }
        if (!parts[1].equals(filter)) {
            throw ApiException.invalid(
                    "This cursor belongs to another queue or status; start again from the first page.",
                    List.of("after"));
        }
        try {
            QueueCursor cursor = new QueueCursor(
                    parts[1], Instant.parse(parts[2]), Long.parseLong(parts[3]), Long.parseLong(parts[4]));
            if (cursor.id() < 0 || cursor.before() < 0 || cursor.before() > MAX_BEFORE) {
                throw unknown();
            }
            return cursor;
        } catch (DateTimeParseException | NumberFormatException e) {
            throw unknown();
        }
    }

    private static ApiException unknown() {
        return ApiException.invalid(
                "The cursor in 'after' is not one this API gave out; use the 'next' of a queue page, "
                        + "or start again from the first page.",
                List.of("after"));
    }
}
