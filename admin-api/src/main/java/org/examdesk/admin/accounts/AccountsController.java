package org.examdesk.admin.accounts;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.mail.Outbox;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.RequestIds;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code POST /api/v1/accounts} (sign-up), {@code POST /api/v1/accounts/verify} (the emailed link) and the staff
 * forgotten password, {@code POST /api/v1/accounts/password-resets} and {@code .../password-resets/confirm}.
 */
public final class AccountsController {
    record VerifyRequest(String token) {}

    record ResetRequest(String username, String email) {}

    record ConfirmRequest(String token, String password) {}

    private final SignUpService signUps;
    private final PasswordResetService resets;
    private final LoginThrottle perClient;

    public AccountsController(
            Jdbi jdbi,
            Clock clock,
            PasswordHasher hasher,
            AuditLog audit,
            Outbox outbox,
            String portalUrl,
            SignInGuard guard) {
        PortalLinks links = new PortalLinks(portalUrl);
        this.signUps = new SignUpService(jdbi, clock, hasher, audit, outbox, links);
        this.resets = new PasswordResetService(jdbi, clock, hasher, audit, outbox, links, guard);
        this.perClient = new LoginThrottle(clock, 20, Duration.ofMinutes(10));
    }

    public void signUp(Context ctx) {
        SignUpService.SignUp request = ctx.bodyAsClass(SignUpService.SignUp.class);
        if (request == null) {
            throw ApiException.badRequest("Send the sign-up as a JSON object.");
        }
        ctx.status(201)
                .json(signUps.signUp(
                        request, () -> perClient.tryAcquire(ctx.ip()), AuthHandler.channel(ctx), RequestIds.of(ctx)));
    }

    public void verify(Context ctx) {
        VerifyRequest request = ctx.bodyAsClass(VerifyRequest.class);
        if (request == null || blank(request.token())) {
            throw ApiException.invalid("Give the token from the verification link.", List.of("token"));
        }
        signUps.verify(request.token().trim(), AuthHandler.channel(ctx), RequestIds.of(ctx));
        ctx.json(Map.of("message", "Your email address is verified. You can sign in now."));
    }

    public void requestReset(Context ctx) {
        ResetRequest request = ctx.bodyAsClass(ResetRequest.class);
        String login = request == null ? null : blank(request.username()) ? request.email() : request.username();
        if (blank(login) || login.strip().length() > 254) {
            throw ApiException.invalid("Give the username or the email address of your account.", List.of("username"));
        }
        ctx.status(202).json(resets.request(login.strip(), ctx.ip(), AuthHandler.channel(ctx), RequestIds.of(ctx)));
    }

    public void confirmReset(Context ctx) {
        ConfirmRequest request = ctx.bodyAsClass(ConfirmRequest.class);
        if (request == null || blank(request.token())) {
            throw ApiException.invalid("Give the token from the password reset link.", List.of("token"));
        }
        ctx.json(resets.confirm(
                request.token().trim(), request.password(), AuthHandler.channel(ctx), RequestIds.of(ctx)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
