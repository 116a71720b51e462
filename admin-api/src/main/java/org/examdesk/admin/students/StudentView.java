package org.examdesk.admin.students;

import java.time.Instant;
import java.time.LocalDate;
import org.examdesk.admin.accounts.CentreRef;

/** A student results account as staff see it (and as the audit log records it): no secrets. */
public record StudentView(
        long id,
        CentreRef centre,
        String forename,
        String surname,
        String uci,
        String email,
        LocalDate dateOfBirth,
        Integer schoolYear,
        StudentStatus status,
        Permissions permissions,
        Failures failures,
        Instant createdAt,
        String createdBy) {

    public record Permissions(boolean mock, boolean highStakes) {}

    public record Failures(int activation, int login, int forgottenPassword) {}

    public static StudentView of(StudentRow row) {
        return new StudentView(
                row.id(),
                row.centre(),
                row.forename(),
                row.surname(),
                row.uci(),
                row.email(),
                row.dateOfBirth(),
                row.schoolYear(),
                row.status(),
                new Permissions(row.mockPermission(), row.highStakesPermission()),
                new Failures(row.activationFailures(), row.loginFailures(), row.resetFailures()),
                row.createdAt(),
                row.createdBy());
    }
}
