package org.examdesk.admin.results.candidates;

import java.util.Locale;
import org.examdesk.admin.accounts.CentreDao;
import org.examdesk.admin.accounts.SignInGuard;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Jdbi;

/**
 * Sign-in for the candidate results website. Access is checked on every attempt against the current settings, so
 * removing a candidate's access (or an associate's) stops their login at once.
 */
public final class CandidateLoginService {
    /** What a signed-in candidate is told. */
    record CandidateLogin(String candidateNumber, String name, String centre, String series, String notice) {}

    /** Body of the sign-in. */
    record LoginRequest(String username, String password) {}

    private static final String DOOR = "candidate";
    public static final String PROVISIONAL = "Results shown here are provisional and for information only. Do not send "
            + "screenshots of them to universities or colleges as evidence of your results.";
    private final Jdbi jdbi;
    private final CandidatePasswords passwords;
    private final SignInGuard guard;

    public CandidateLoginService(Jdbi jdbi, CandidatePasswords passwords, SignInGuard guard) {
        this.jdbi = jdbi;
        this.passwords = passwords;
        this.guard = guard;
    }

    /** Signs a candidate in; wrong guesses from {@code client} at one username are slowed down by the guard. */
    CandidateLogin login(LoginRequest request, String client) {
        if (request == null || request.username() == null || request.password() == null) {
            throw ApiException.badRequest("Send your username and password.", "username", "password");
        }
        String username = request.username().strip().toUpperCase(Locale.ROOT);
        guard.check(DOOR, username, client);
        var row = jdbi.withExtension(CredentialDao.class, dao -> dao.login(username));
        boolean matches = passwords.verify(
                request.password(),
                row.map(CredentialDao.LoginRow::passwordHash).orElse(null));
        if (row.isEmpty() || !matches) {
            guard.failed(DOOR, username, client);
            throw ApiException.unauthorized(
                    "The username or password is not right. Check your letter, " + "or ask your exams officer.");
        }
        guard.succeeded(DOOR, username, client);
        CredentialDao.LoginRow r = row.get();
        CentreDao.Centre centre = jdbi.withExtension(CentreDao.class, dao -> dao.find(r.centreId()))
                .orElseThrow();
        if (!r.hasAccess(centre)) {
            throw ApiException.forbidden(centre.name() + " has not given you access to results online for "
                    + r.seriesName() + ". Ask your exams officer.");
        }
        return new CandidateLogin(
                r.candidateNumber(), r.forename() + " " + r.surname(), centre.name(), r.seriesName(), PROVISIONAL);
    }
}
