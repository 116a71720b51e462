package org.examdesk.admin.learners.groups;

import java.time.Instant;
import org.examdesk.admin.accounts.CentreRef;

/**
 * A learner group as its users see it. {@code state}: VALIDATING (the records are being checked, {@code progress}
 * 0 to 99), VALIDATED (every record checked: amend or remove the invalid ones, then submit), SUBMITTED (the learners
 * exist) or FAILED ({@code message} says why; upload again). {@code records} counts the records left, of which
 * {@code valid} and {@code invalid} once checked.
 */
public record GroupView(
        long id,
        String name,
        String fileName,
        CentreRef centre,
        String owner,
        String state,
        int progress,
        int records,
        int valid,
        int invalid,
        String message,
        Instant createdAt,
        Instant submittedAt) {

    static GroupView of(GroupRow row) {
        return new GroupView(
                row.id(),
                row.name(),
                row.fileName(),
                row.centre(),
                row.ownerName(),
                row.state(),
                progress(row),
                row.records(),
                row.valid(),
                row.invalid(),
                row.message(),
                row.createdAt(),
                row.submittedAt());
    }

    private static int progress(GroupRow row) {
        return switch (row.state()) {
            case "VALIDATED", "SUBMITTED" -> 100;
            default -> row.records() == 0 ? 0 : Math.min(99, (int) (100L * row.checked() / row.records()));
        };
    }
}
