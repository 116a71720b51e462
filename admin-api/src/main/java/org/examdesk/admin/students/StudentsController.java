package org.examdesk.admin.students;

import io.javalin.http.Context;
import org.examdesk.admin.accounts.AuthHandler;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.names.NameQuery;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.Idempotency;
import org.jdbi.v3.core.Jdbi;

/** {@code /api/v1/students}: search, the name match, one student with its diagnosis, and the staff actions. */
public final class StudentsController {
    record EmailRequest(String email) {}

    private final StudentsService students;
    private final StudentChanges changes;

    public StudentsController(
            Jdbi jdbi, AuditLog audit, Idempotency idempotency, ActivationCodes codes, StudentMail mail) {
        this.students = new StudentsService(jdbi);
        this.changes = new StudentChanges(jdbi, audit, idempotency, codes, mail);
    }

    public void search(Context ctx) {
        ctx.json(students.search(AuthHandler.require(ctx), SearchQuery.from(ctx::queryParam)));
    }

    public void match(Context ctx) {
        ctx.json(students.match(AuthHandler.require(ctx), NameQuery.from(ctx::queryParam, "a student")));
    }

    public void get(Context ctx) {
        ctx.json(students.get(AuthHandler.require(ctx), id(ctx)));
    }

    public void changeEmail(Context ctx) {
        EmailRequest request = ctx.bodyAsClass(EmailRequest.class);
        Idempotency.respond(
                ctx,
                changes.changeEmail(
                        AuthHandler.actor(ctx),
                        id(ctx),
                        request == null ? null : request.email(),
                        ctx.header(Idempotency.HEADER)));
    }

    public void reactivate(Context ctx) {
        Idempotency.respond(ctx, changes.reactivate(AuthHandler.actor(ctx), id(ctx), ctx.header(Idempotency.HEADER)));
    }

    public void setPermissions(Context ctx) {
        StudentChanges.PermissionsRequest request = ctx.bodyAsClass(StudentChanges.PermissionsRequest.class);
        Idempotency.respond(
                ctx, changes.setPermissions(AuthHandler.actor(ctx), id(ctx), request, ctx.header(Idempotency.HEADER)));
    }

    static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("There is no student " + ctx.pathParam("id") + ".");
        }
    }
}
