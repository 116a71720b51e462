package org.examdesk.admin.studentauth;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.PasswordHasher;
import org.examdesk.admin.accounts.SessionService;
import org.examdesk.admin.accounts.SignInGuard;
import org.examdesk.admin.accounts.Tokens;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.studentauth.StudentAttempts.Outcome;
import org.examdesk.admin.studentauth.StudentSignIn.SignedIn;
import org.examdesk.admin.students.StudentDao;
import org.examdesk.admin.students.StudentRow;
import org.examdesk.admin.students.StudentStatus;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Jdbi;

/**
 * The second step of the forgotten-password process (domain section 1): with a live link from {@link ResetLinks},
 * the date of birth and a new password, the account is active again. A wrong date of birth counts towards the 3
 * failures that lock the account (LOCKED); a request without a live link is refused and counts nothing, so someone
 * who knows only the email address cannot lock the account.
 */
final class PasswordReset {
    static final String NO_LINK = "This link to choose a new password is not valid, was already used or has "
            + "expired (links work once, for 1 hour). Ask for a new link on the forgotten-password page.";
    static final String NO_TOKEN = "Open the link we emailed you to choose a new password. To get one, give the "
            + "email address of your account on the forgotten-password page.";
    private static final String DOOR = "student-reset";

    private final Jdbi jdbi;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final SessionService sessions;
    private final AuditLog audit;
    private final SignInGuard guard;

    PasswordReset(
            Jdbi jdbi, Clock clock, PasswordHasher hasher, SessionService sessions, AuditLog audit, SignInGuard guard) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.hasher = hasher;
        this.sessions = sessions;
        this.audit = audit;
        this.guard = guard;
    }

    SignedIn reset(String token, LocalDate dob, String newPassword, String client, String channel, String requestId) {
        guard.check(DOOR, token, client);
        StudentAttempts.checkPassword(newPassword, "newPassword");
        String hash = hasher.hash(newPassword);
        return StudentAttempts.settle(guard, DOOR, token, client, jdbi.inTransaction(h -> {
            ResetLinkDao links = h.attach(ResetLinkDao.class);
            StudentDao dao = h.attach(StudentDao.class);
            StudentRow s = links.liveOwner(Tokens.hash(token), clock.instant())
                    .flatMap(dao::lock)
                    .orElse(null);
            if (s == null) {
                return Outcome.<SignedIn>refused(new ApiException(404, "not_found", NO_LINK, List.of("token")));
            }
            if (s.status() != StudentStatus.ACTIVE && s.status() != StudentStatus.FORGOTTEN_PASSWORD) {
                links.spendAll(s.id(), clock.instant());
                return Outcome.<SignedIn>refused(
                        ApiException.conflict(StudentSelf.of(s).meaning()));
            }
            Actor actor = StudentAttempts.actor(s, channel, requestId);
            String id = String.valueOf(s.id());
            if (!s.dateOfBirth().equals(dob)) {
                int failures = dao.recordResetFailure(s.id(), StudentAttempts.LIMIT);
                audit.record(
                        h, actor, "STUDENT_PASSWORD_RESET_FAILED", "student", id, null, Map.of("failures", failures));
                if (failures < StudentAttempts.LIMIT) {
                    return Outcome.<SignedIn>refused(ApiException.invalid(
                            "The date of birth does not match our records (" + StudentAttempts.left(failures) + ").",
                            List.of("dateOfBirth")));
                }
                links.spendAll(s.id(), clock.instant());
                return Outcome.<SignedIn>refused(ApiException.conflict(StudentSelf.LOCKED_TEXT));
            }
            dao.activate(s.id(), hash);
            links.spendAll(s.id(), clock.instant());
            int ended = sessions.endStudentSessions(h, s.id());
            audit.record(
                    h,
                    actor,
                    "STUDENT_PASSWORD_RESET",
                    "student",
                    id,
                    Map.of("status", s.status()),
                    Map.of("status", StudentStatus.ACTIVE, "sessionsEnded", ended));
            return Outcome.ok(StudentAttempts.signedIn(h, sessions, s.id()));
        }));
    }
}
