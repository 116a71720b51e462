package org.examdesk.admin.studentauth;

import io.javalin.http.Context;
import java.time.Clock;
import org.examdesk.admin.accounts.AuthHandler;
import org.examdesk.admin.accounts.PasswordHasher;
import org.examdesk.admin.accounts.SessionService;
import org.examdesk.admin.accounts.SignInGuard;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.students.ActivationCodes;
import org.examdesk.admin.students.StudentMail;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.Idempotency;
import org.examdesk.admin.web.RequestIds;
import org.jdbi.v3.core.Jdbi;

/** {@code /api/v1/student-auth/*} (the student side of a results account) and {@code /api/v1/me/student}. */
public final class StudentAuthController {
    record ActivateRequest(String code, String dateOfBirth, String password, String email) {}

    record LoginRequest(String email, String password) {}

    record LinkRequest(String email) {}

    record ResetRequest(String token, String dateOfBirth, String newPassword) {}

    record IdentityRequest(String email, String dateOfBirth, String uci) {}

    private final StudentSignIn signIn;
    private final ResetLinks resetLinks;
    private final PasswordReset reset;
    private final IdentityCheck identity;
    private final StudentSelfService self;

    public StudentAuthController(
            Jdbi jdbi,
            Clock clock,
            PasswordHasher hasher,
            SessionService sessions,
            SignInGuard guard,
            ActivationCodes codes,
            StudentMail mail,
            AuditLog audit,
            Idempotency idempotency) {
        this.signIn = new StudentSignIn(jdbi, hasher, codes, sessions, audit, guard);
        this.resetLinks = new ResetLinks(jdbi, clock, mail, audit, guard);
        this.reset = new PasswordReset(jdbi, clock, hasher, sessions, audit, guard);
        this.identity = new IdentityCheck(jdbi, clock, sessions, audit);
        this.self = new StudentSelfService(jdbi, codes, mail, audit, idempotency);
    }

    public void activate(Context ctx) {
        ActivateRequest r = body(ctx, ActivateRequest.class);
        String code = StudentAttempts.required(r.code(), "code", "Give the activation code from your welcome email.");
        ctx.status(201)
                .json(signIn.activate(
                        code,
                        StudentAttempts.dateOfBirth(r.dateOfBirth()),
                        r.password(),
                        r.email(),
                        ctx.ip(),
                        AuthHandler.channel(ctx),
                        RequestIds.of(ctx)));
    }

    public void login(Context ctx) {
        LoginRequest r = body(ctx, LoginRequest.class);
        String email = StudentAttempts.required(r.email(), "email", "Give your email address and password.");
        String password = StudentAttempts.required(r.password(), "password", "Give your email address and password.");
        ctx.status(201).json(signIn.login(email, password, ctx.ip(), AuthHandler.channel(ctx), RequestIds.of(ctx)));
    }

    public void requestResetLink(Context ctx) {
        LinkRequest r = body(ctx, LinkRequest.class);
        String email = StudentAttempts.required(r.email(), "email", "Give the email address of your account.");
        ctx.status(202).json(resetLinks.request(email, ctx.ip(), AuthHandler.channel(ctx), RequestIds.of(ctx)));
    }

    public void forgottenPassword(Context ctx) {
        ResetRequest r = body(ctx, ResetRequest.class);
        String token = StudentAttempts.required(r.token(), "token", PasswordReset.NO_TOKEN);
        ctx.json(reset.reset(
                token,
                StudentAttempts.dateOfBirth(r.dateOfBirth()),
                r.newPassword(),
                ctx.ip(),
                AuthHandler.channel(ctx),
                RequestIds.of(ctx)));
    }

    public void identityCheck(Context ctx) {
        IdentityRequest r = body(ctx, IdentityRequest.class);
        String email = StudentAttempts.required(r.email(), "email", "Give the student's email address.");
        String uci = StudentAttempts.required(r.uci(), "uci", "Give the student's UCI (13 characters).");
        ctx.status(201)
                .json(identity.check(AuthHandler.actor(ctx), email, StudentAttempts.dateOfBirth(r.dateOfBirth()), uci));
    }

    public void me(Context ctx) {
        ctx.json(self.me(AuthHandler.require(ctx).id()));
    }

    public void resendEmail(Context ctx) {
        Idempotency.respond(ctx, self.resendWelcome(AuthHandler.actor(ctx), ctx.header(Idempotency.HEADER)));
    }

    private static <T> T body(Context ctx, Class<T> type) {
        T body = ctx.bodyAsClass(type);
        if (body == null) {
            throw ApiException.badRequest("Send a JSON object in the request body.");
        }
        return body;
    }
}
