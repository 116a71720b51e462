package org.examdesk.admin.students;

import java.util.List;
import java.util.Map;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.CentreScope;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.mail.EmailAddresses;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.Idempotency;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The staff actions on a student account (domain section 1): change the email, reactivate, change results
 * access. Each runs in one transaction with its audit row and its email, and at most once per Idempotency-Key.
 */
final class StudentChanges {
    record Changed(StudentView student, String message, String warning) {}

    record PermissionsRequest(Boolean mock, Boolean highStakes, String reason) {}

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final ActivationCodes codes;
    private final StudentMail mail;

    StudentChanges(Jdbi jdbi, AuditLog audit, Idempotency idempotency, ActivationCodes codes, StudentMail mail) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.idempotency = idempotency;
        this.codes = codes;
        this.mail = mail;
    }

    Idempotency.Outcome changeEmail(Actor actor, long id, String email, String key) {
        String address = email == null ? null : email.trim();
        if (!EmailAddresses.isValid(address)) {
            throw ApiException.invalid(
                    "The email address is not valid: give one like name@school.example.", List.of("email"));
        }
        return jdbi.inTransaction(h -> idempotency.run(h, actor, key, "PUT email " + id + " " + address, 200, () -> {
            StudentRow row = administered(h, actor, id);
            StudentDao dao = h.attach(StudentDao.class);
            dao.updateEmail(id, address);
            String message;
            if (row.status() == StudentStatus.NOT_ACTIVATED || row.status() == StudentStatus.FAILED_ACTIVATION) {
                dao.resetToNotActivated(id);
                mail.welcome(h, address, row.forename(), codes.issue(h, id), codes.expiry());
                message = "A new welcome email with a fresh activation code has been sent to " + address + ".";
            } else {
                mail.addressChanged(h, address, row.forename());
                message = "The student has been told of the change at " + address + ".";
            }
            return changed(h, actor, "STUDENT_EMAIL_CHANGED", row, message, null);
        }));
    }

    Idempotency.Outcome reactivate(Actor actor, long id, String key) {
        return jdbi.inTransaction(h -> idempotency.run(h, actor, key, "POST reactivate " + id, 200, () -> {
            StudentRow row = administered(h, actor, id);
            if (row.status() != StudentStatus.FAILED_ACTIVATION && row.status() != StudentStatus.LOCKED) {
                throw ApiException.conflict(whyNotReactivate(row.status()));
            }
            if (row.email() == null) {
                throw ApiException.conflict("The account has no email address to send the activation link to. "
                        + "Set the email address first: that sends a new welcome email.");
            }
            h.attach(StudentDao.class).resetToNotActivated(id);
            mail.reactivated(h, row.email(), row.forename(), codes.issue(h, id), codes.expiry());
            return changed(
                    h,
                    actor,
                    "STUDENT_REACTIVATED",
                    row,
                    "The account is reactivated and a new activation link has been emailed to " + row.email() + ".",
                    null);
        }));
    }

    Idempotency.Outcome setPermissions(Actor actor, long id, PermissionsRequest request, String key) {
        if (request == null || request.mock() == null || request.highStakes() == null) {
            throw ApiException.invalid(
                    "Say whether the student may see mock and high-stakes results: "
                            + "{\"mock\": true|false, \"highStakes\": true|false}.",
                    List.of("mock", "highStakes"));
        }
        String asked =
                "PUT permissions " + id + " " + request.mock() + " " + request.highStakes() + " " + request.reason();
        return jdbi.inTransaction(h -> idempotency.run(h, actor, key, asked, 200, () -> {
            StudentRow row = StudentsService.visible(h, actor.caller(), id, true);
            if (!StudentPermissions.mayChange(actor.caller(), row.centreId())) {
                throw ApiException.notFound("There is no student " + id + " at your centre.");
            }
            boolean removesMock = row.mockPermission() && !request.mock();
            boolean removesHigh = row.highStakesPermission() && !request.highStakes();
            StudentPermissions.Reason reason = StudentPermissions.parse(request.reason());
            if ((removesMock || removesHigh) && reason == null) {
                throw ApiException.invalid(
                        "Removing results access is for exceptional cases only: give the reason, " + "one of "
                                + StudentPermissions.reasonNames() + ".",
                        List.of("reason"));
            }
            h.attach(StudentDao.class).updatePermissions(id, request.mock(), request.highStakes());
            String warning = removesMock || removesHigh
                    ? String.format(
                            StudentPermissions.WARNING,
                            removesMock && removesHigh ? "mock or high-stakes" : removesMock ? "mock" : "high-stakes")
                    : null;
            return changed(
                    h,
                    actor,
                    "STUDENT_PERMISSIONS_CHANGED",
                    row,
                    "Results access saved.",
                    warning,
                    reason == null ? Map.of() : Map.of("reason", reason.name()));
        }));
    }

    /** The student, locked, if the caller administers students at its centre; otherwise a 404. */
    private static StudentRow administered(Handle h, Actor actor, long id) {
        StudentRow row = StudentsService.visible(h, actor.caller(), id, true);
        if (!CentreScope.administersStudentsOf(actor.caller(), row.centreId())) {
            throw ApiException.notFound("There is no student " + id + " at your centre.");
        }
        return row;
    }

    private Changed changed(Handle h, Actor actor, String action, StudentRow before, String message, String warning) {
        return changed(h, actor, action, before, message, warning, Map.of());
    }

    private Changed changed(
            Handle h,
            Actor actor,
            String action,
            StudentRow before,
            String message,
            String warning,
            Map<String, Object> extra) {
        StudentView after =
                StudentView.of(h.attach(StudentDao.class).find(before.id()).orElseThrow());
        Object afterState = extra.isEmpty() ? after : Map.of("student", after, "reason", extra.get("reason"));
        audit.record(h, actor, action, "student", String.valueOf(before.id()), StudentView.of(before), afterState);
        return new Changed(after, message, warning);
    }

    static String whyNotReactivate(StudentStatus status) {
        return switch (status) {
            case ACTIVE -> "The account is already active: there is nothing to reactivate.";
            case NOT_ACTIVATED -> "The student has not activated yet, so there is nothing to reactivate. Check the "
                    + "email address: re-entering it sends a new welcome email.";
            case FORGOTTEN_PASSWORD -> "The account is locked after wrong passwords: the student fixes this with the "
                    + "forgotten-password link on the sign-in page. No staff action is needed.";
            default -> "Only a failed-activation or locked account can be reactivated.";
        };
    }
}
