package org.examdesk.admin.studentauth;

import java.util.Map;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.students.ActivationCodes;
import org.examdesk.admin.students.StudentDao;
import org.examdesk.admin.students.StudentMail;
import org.examdesk.admin.students.StudentRow;
import org.examdesk.admin.students.StudentStatus;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.Idempotency;
import org.jdbi.v3.core.Jdbi;

/** A signed-in student's own account: what it looks like, and the welcome email sent again. */
final class StudentSelfService {
    record Resent(String message, StudentSelf student) {}

    private final Jdbi jdbi;
    private final ActivationCodes codes;
    private final StudentMail mail;
    private final AuditLog audit;
    private final Idempotency idempotency;

    StudentSelfService(Jdbi jdbi, ActivationCodes codes, StudentMail mail, AuditLog audit, Idempotency idempotency) {
        this.jdbi = jdbi;
        this.codes = codes;
        this.mail = mail;
        this.audit = audit;
        this.idempotency = idempotency;
    }

    StudentSelf me(long studentId) {
        return jdbi.withHandle(h -> StudentSelf.of(h.attach(StudentDao.class)
                .find(studentId)
                .orElseThrow(() -> ApiException.notFound("Your account no longer exists."))));
    }

    /** Sends the welcome email again, with a fresh code, to the address on file: only before activation. */
    Idempotency.Outcome resendWelcome(Actor student, String key) {
        long id = student.caller().id();
        return jdbi.inTransaction(h -> idempotency.run(h, student, key, "POST resend " + id, 200, () -> {
            StudentRow s = h.attach(StudentDao.class)
                    .lock(id)
                    .orElseThrow(() -> ApiException.notFound("Your account no longer exists."));
            if (s.status() != StudentStatus.NOT_ACTIVATED) {
                throw ApiException.conflict(
                        s.status() == StudentStatus.ACTIVE
                                ? "Your account is already active: sign in with your email address and password."
                                : StudentSelf.of(s).meaning());
            }
            if (s.email() == null) {
                throw ApiException.conflict("No email address is stored for your account. Activate it with the "
                        + "verification code your centre gave you.");
            }
            mail.welcome(h, s.email(), s.forename(), codes.issue(h, id), codes.expiry());
            audit.record(
                    h, student, "STUDENT_WELCOME_RESENT", "student", String.valueOf(id), null, Map.of("to", s.email()));
            return new Resent("The welcome email has been sent again to " + s.email() + ".", StudentSelf.of(s));
        }));
    }
}
