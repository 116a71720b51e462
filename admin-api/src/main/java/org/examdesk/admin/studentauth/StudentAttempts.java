package org.examdesk.admin.studentauth;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.students.StudentRow;
import org.examdesk.admin.web.ApiException;

/** Small shared pieces of the student side: the outcome of an attempt, the student as actor, input checks. */
final class StudentAttempts {
    /** How many failures of one kind lock an account (domain section 1). */
    static final int LIMIT = 3;

    private StudentAttempts() {}

    /**
     * What a transaction decided: a value, or a refusal to throw after commit (so a counted failure is kept
     * although the request fails).
     */
    record Outcome<T>(T value, ApiException refusal) {
        static <T> Outcome<T> ok(T value) {
            return new Outcome<>(value, null);
        }

        static <T> Outcome<T> refused(ApiException refusal) {
            return new Outcome<>(null, refusal);
        }

        T orThrow() {
            if (refusal != null) {
                throw refusal;
            }
            return value;
        }
    }

    static Actor actor(StudentRow student, String channel, String requestId) {
        return new Actor(
                new Caller(Caller.Kind.STUDENT, student.id(), student.name(), Set.of(), student.centre(), channel),
                requestId);
    }

    static LocalDate dateOfBirth(String value) {
        try {
            return LocalDate.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(
                    "Give the date of birth as yyyy-MM-dd, for example 2009-04-23.", List.of("dateOfBirth"));
        }
    }

    static String required(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(message, List.of(field));
        }
        return value.trim();
    }

    static String left(int failures) {
        int left = LIMIT - failures;
        return left == 1 ? "1 attempt left" : left + " attempts left";
    }
}
