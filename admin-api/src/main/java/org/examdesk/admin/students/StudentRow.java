package org.examdesk.admin.students;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.accounts.CentreRef;

/** A student results account as stored, with its centre joined in. Never leaves the API as it is. */
public record StudentRow(
        long id,
        long centreId,
        String centreNumber,
        String centreName,
        String forename,
        String surname,
        String uci,
        String email,
        LocalDate dateOfBirth,
        Integer schoolYear,
        StudentStatus status,
        boolean mockPermission,
        boolean highStakesPermission,
        int activationFailures,
        int loginFailures,
        int resetFailures,
        String passwordHash,
        Instant createdAt,
        String createdBy) {

    public CentreRef centre() {
        return new CentreRef(centreId, centreNumber, centreName);
    }

    /** The caller a session of this student stands for: this account only, at its centre, through the API. */
    public Caller caller() {
        return new Caller(Caller.Kind.STUDENT, id, name(), Set.of(), centre(), "api");
    }

    public String name() {
        return forename + " " + surname;
    }
}
