package org.examdesk.admin.learners.groups;

import java.time.Instant;
import org.examdesk.admin.accounts.CentreRef;

/** A learner group as stored, with its centre, its owner's name and its records counted. */
public record GroupRow(
        long id,
        long centreId,
        String centreNumber,
        String centreName,
        long ownerId,
        String ownerName,
        String name,
        String fileName,
        String state,
        int checked,
        String message,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        int records,
        int valid,
        int invalid) {

    GroupRow withOwnerName(String owner) {
        return new GroupRow(
                id,
                centreId,
                centreNumber,
                centreName,
                ownerId,
                owner,
                name,
                fileName,
                state,
                checked,
                message,
                createdAt,
                updatedAt,
                submittedAt,
                records,
                valid,
                invalid);
    }

    CentreRef centre() {
        return new CentreRef(centreId, centreNumber, centreName);
    }
}
