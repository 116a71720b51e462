package org.examdesk.admin.accounts;

import java.time.Instant;

/** A staff user as stored, with the centre joined in. */
public record StaffRow(
        long id,
        String username,
        String email,
        String firstName,
        String lastName,
        String passwordHash,
        int failedLogins,
        Instant lockedUntil,
        Long centreId,
        String centreNumber,
        String centreName) {

    String displayName() {
        return firstName + " " + lastName;
    }

    CentreRef centre() {
        return centreId == null ? null : new CentreRef(centreId, centreNumber, centreName);
    }
}
