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

/** {@code POST /api/v1/accounts} (sign-up) and {@code POST /api/v1/accounts/verify} (the emailed link). */
public final class AccountsController {
    record VerifyRequest(String token) {}

    private final SignUpService signUps;
    private final LoginThrottle perClient;

    public AccountsController(
            Jdbi jdbi, Clock clock, PasswordHasher hasher, AuditLog audit, Outbox outbox, String portalUrl) {
        this.signUps = new SignUpService(jdbi, clock, hasher, audit, outbox, portalUrl);
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
        if (request == null || request.token() == null || request.token().isBlank()) {
            throw ApiException.invalid("Give the token from the verification link.", List.of("token"));
        }
        signUps.verify(request.token().trim(), AuthHandler.channel(ctx), RequestIds.of(ctx));
        ctx.json(Map.of("message", "Your email address is verified. You can sign in now."));
    }
}
