package org.examdesk.admin.accounts;

import io.javalin.http.Context;
import java.util.List;
import org.examdesk.admin.web.ApiException;

/** {@code /api/v1/sessions} and {@code /api/v1/me}. */
public final class SessionsController {
    record LoginRequest(String username, String password) {}

    private final SessionService sessions;

    public SessionsController(SessionService sessions) {
        this.sessions = sessions;
    }

    public void login(Context ctx) {
        LoginRequest request = ctx.bodyAsClass(LoginRequest.class);
        if (request == null || blank(request.username()) || blank(request.password())) {
            throw ApiException.invalid("Give a username and a password.", List.of("username", "password"));
        }
        ctx.status(201).json(sessions.login(request.username().trim(), request.password(), ctx.ip()));
    }

    public void logout(Context ctx) {
        AuthHandler.bearer(ctx).ifPresent(sessions::logout);
        ctx.status(204);
    }

    public void me(Context ctx) {
        ctx.json(UserView.of(AuthHandler.require(ctx)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
