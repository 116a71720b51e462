package org.examdesk.admin.studentauth;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.PasswordHasher;
import org.examdesk.admin.accounts.SessionService;
import org.examdesk.admin.accounts.SignInGuard;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.mail.EmailAddresses;
import org.examdesk.admin.studentauth.StudentAttempts.Outcome;
import org.examdesk.admin.students.ActivationCodes;
import org.examdesk.admin.students.StudentDao;
import org.examdesk.admin.students.StudentRow;
import org.examdesk.admin.students.StudentStatus;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Jdbi;

/**
 * The student side of a results account (domain section 1): activate with a code and the date of birth (3
 * failures: FAILED_ACTIVATION) and sign in (3 wrong passwords: FORGOTTEN_PASSWORD); the forgotten-password
 * process is {@link ResetLinks} and {@link PasswordReset}. Failures are counted in the database and committed even though the request fails.
 * A wrong password gets the same answer whatever the account (unknown, not activated, active): an account's status
 * is told only to someone who gave its password. Every door is slowed down per account and address by
 * {@link SignInGuard}.
 */
final class StudentSignIn {
    record SignedIn(String token, StudentSelf student) {}

    private static final String LOGIN = "student";
    private static final String ACTIVATION = "activation";
    private static final String WRONG_PASSWORD = "The email address or password is not right. After 3 wrong passwords "
            + "an account moves to Forgotten Password: then use the forgotten-password link on the sign-in page.";

    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final ActivationCodes codes;
    private final SessionService sessions;
    private final AuditLog audit;
    private final SignInGuard guard;

    StudentSignIn(
            Jdbi jdbi,
            PasswordHasher hasher,
            ActivationCodes codes,
            SessionService sessions,
            AuditLog audit,
            SignInGuard guard) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.codes = codes;
        this.sessions = sessions;
        this.audit = audit;
        this.guard = guard;
    }

    SignedIn activate(
            String code,
            LocalDate dob,
            String password,
            String email,
            String client,
            String channel,
            String requestId) {
        guard.check(ACTIVATION, code, client);
        StudentAttempts.checkPassword(password, "password");
        String hash = hasher.hash(password);
        return StudentAttempts.settle(guard, ACTIVATION, code, client, jdbi.inTransaction(h -> {
            StudentDao dao = h.attach(StudentDao.class);
            StudentRow s = codes.studentOf(h, code).flatMap(dao::lock).orElse(null);
            if (s == null) {
                return Outcome.<SignedIn>refused(ApiException.notFound("This activation code is not valid, was already "
                        + "used or has expired. Ask your exams officer for a new welcome email."));
            }
            Actor actor = StudentAttempts.actor(s, channel, requestId);
            if (s.status() != StudentStatus.NOT_ACTIVATED) {
                return Outcome.<SignedIn>refused(
                        ApiException.conflict(StudentSelf.of(s).meaning()));
            }
            if (!s.dateOfBirth().equals(dob)) {
                int failures = dao.recordActivationFailure(s.id(), StudentAttempts.LIMIT);
                audit.record(
                        h, actor, "STUDENT_ACTIVATION_FAILED", "student", id(s), null, Map.of("failures", failures));
                return Outcome.<SignedIn>refused(
                        failures >= StudentAttempts.LIMIT
                                ? ApiException.conflict(StudentSelf.FAILED_ACTIVATION_TEXT)
                                : ApiException.invalid(
                                        "The date of birth does not match our records ("
                                                + StudentAttempts.left(failures) + ").",
                                        List.of("dateOfBirth")));
            }
            String address = s.email() != null ? s.email() : requireEmail(email);
            if (s.email() == null) {
                dao.updateEmail(s.id(), address);
            }
            dao.activate(s.id(), hash);
            codes.spend(h, code);
            audit.record(
                    h,
                    actor,
                    "STUDENT_ACTIVATED",
                    "student",
                    id(s),
                    Map.of("status", s.status()),
                    Map.of("status", StudentStatus.ACTIVE));
            return Outcome.ok(StudentAttempts.signedIn(h, sessions, s.id()));
        }));
    }

    SignedIn login(String email, String password, String client, String channel, String requestId) {
        guard.check(LOGIN, email, client);
        return StudentAttempts.settle(guard, LOGIN, email, client, jdbi.inTransaction(h -> {
            StudentDao dao = h.attach(StudentDao.class);
            StudentRow s =
                    dao.findByEmail(email).flatMap(row -> dao.lock(row.id())).orElse(null);
            String stored = s == null ? null : s.passwordHash();
            if (stored == null) {
                hasher.hash(password); // same work whether or not there is a password to check
            }
            if (stored == null || !hasher.verify(password, stored)) {
                if (s != null && s.status() == StudentStatus.ACTIVE) {
                    int failures = dao.recordLoginFailure(s.id(), StudentAttempts.LIMIT);
                    audit.record(
                            h,
                            StudentAttempts.actor(s, channel, requestId),
                            "STUDENT_LOGIN_FAILED",
                            "student",
                            id(s),
                            null,
                            Map.of("failures", failures));
                }
                return Outcome.<SignedIn>refused(ApiException.unauthorized(WRONG_PASSWORD));
            }
            if (s.status() != StudentStatus.ACTIVE) {
                return Outcome.<SignedIn>refused(
                        ApiException.conflict(StudentSelf.of(s).meaning()));
            }
            dao.clearLoginFailures(s.id());
            return Outcome.ok(StudentAttempts.signedIn(h, sessions, s.id()));
        }));
    }

    private static String requireEmail(String email) {
        if (!EmailAddresses.isValid(email == null ? null : email.trim())) {
            throw ApiException.invalid("Give your email address to finish activating.", List.of("email"));
        }
        return email.trim();
    }

    private static String id(StudentRow s) {
        return String.valueOf(s.id());
    }
}
