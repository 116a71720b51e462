package org.examdesk.admin.results.candidates;

import io.javalin.http.Context;

/** {@code POST /api/v1/candidate-auth/login}: for the candidate results website. */
public final class CandidateAuthController {
    private final CandidateLoginService logins;

    public CandidateAuthController(CandidateLoginService logins) {
        this.logins = logins;
    }

    public void login(Context ctx) {
        ctx.json(logins.login(ctx.bodyAsClass(CandidateLoginService.LoginRequest.class), ctx.ip()));
    }
}
