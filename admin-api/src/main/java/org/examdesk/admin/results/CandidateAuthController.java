package org.examdesk.admin.results;

import io.javalin.http.Context;

/** {@code POST /api/v1/candidate-auth/login}: for the candidate results website. */
final class CandidateAuthController {
    private final CandidateLoginService logins;

    CandidateAuthController(CandidateLoginService logins) {
        this.logins = logins;
    }

    void login(Context ctx) {
        ctx.json(logins.login(ctx.bodyAsClass(CandidateLoginService.LoginRequest.class)));
    }
}
