package org.examdesk.admin.results.candidates;

import java.util.Locale;
import org.examdesk.admin.accounts.CentreDao;
import org.examdesk.admin.accounts.SignInGuard;
import org.examdesk.admin.results.LetterTerms;
import org.examdesk.admin.results.Scope;
import org.examdesk.admin.results.SeriesDao;
import org.examdesk.admin.results.TargetCentre;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Sign-in for the candidate results website. Access is checked on every attempt against the current settings, so
 * removing a candidate's access (or an associate's) stops their login at once. A signed-in candidate is told what
 * their letter told them, as the centre's settings stand now: the series, who answers their questions, and when
 * (after any delay the centre set) and where their results appear. ExamDesk holds no results to show.
 */
public final class CandidateLoginService {
    /** What a signed-in candidate is told. */
    record CandidateLogin(
            String candidateNumber,
            String name,
            String centre,
            String series,
            Contact contact,
            int delayDays,
            String resultsShow,
            String notice) {}

    /** Who answers a candidate's questions: a person ({@code name}) at {@code answeredBy}, by phone or email. */
    record Contact(String answeredBy, String name, String phone, String email) {}

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
        return jdbi.withHandle(h -> signedIn(h, row.get()));
    }

    private static CandidateLogin signedIn(Handle h, CredentialDao.LoginRow r) {
        CentreDao.Centre centre = h.attach(CentreDao.class).find(r.centreId()).orElseThrow();
        if (!r.hasAccess(centre)) {
            throw ApiException.forbidden(centre.name() + " has not given you access to results online for "
                    + r.seriesName() + ". Ask your exams officer.");
        }
        Scope scope = new Scope(
                new TargetCentre(centre.id(), centre.number(), centre.name(), centre.parentId(), centre.parentName()),
                h.attach(SeriesDao.class).find(r.seriesId()).orElseThrow());
        LetterTerms terms = LetterTerms.of(h, scope);
        return new CandidateLogin(
                r.candidateNumber(),
                r.forename() + " " + r.surname(),
                centre.name(),
                r.seriesName(),
                new Contact(terms.answeredBy(), terms.contactName(), terms.contactPhone(), terms.contactEmail()),
                terms.delayDays(),
                resultsShow(r.seriesName(), terms.delayDays()),
                PROVISIONAL);
    }

    /** When and where the results appear, in the letter's words. */
    static String resultsShow(String series, int delayDays) {
        if (delayDays == 0) {
            return "Your results for " + series + " will appear here, on this website once you sign in, on the "
                    + "board's published results date for the series.";
        }
        return "Your centre has chosen to delay your results: they will appear here, on this website once you sign "
                + "in, " + delayDays + (delayDays == 1 ? " day" : " days") + " after the board's published results "
                + "date for " + series + ".";
    }
}
