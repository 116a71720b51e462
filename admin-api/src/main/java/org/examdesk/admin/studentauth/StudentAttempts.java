package org.examdesk.admin.studentauth;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.accounts.PasswordRules;
import org.examdesk.admin.accounts.SessionService;
import org.examdesk.admin.accounts.SignInGuard;
import org.examdesk.admin.students.StudentDao;
import org.examdesk.admin.students.StudentRow;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Handle;

/**
 * Small shared pieces of the student side: the outcome of an attempt and how the guard hears of it, the student as
 * actor, the session a success opens, input checks.
 */
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

    /** Refuses a password that breaks the rule, naming what is wrong with it. */
    static void checkPassword(String password, String field) {
        List<String> problems = PasswordRules.problems(password);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(
                    "Choose a password of " + PasswordRules.RULE + " (this one: " + String.join(", ", problems) + ").",
                    List.of(field));
        }
    }

    /**
     * Tells the guard how the attempt went (a refusal for a wrong code, password, link or date of birth counts
     * against this address; a session clears its count), then gives the session or throws the refusal.
     */
    static <T> T settle(SignInGuard guard, String door, String subject, String client, Outcome<T> outcome) {
        if (outcome.refusal() == null) {
            guard.succeeded(door, subject, client);
        } else if (outcome.refusal().status() != 409) {
            guard.failed(door, subject, client);
        }
        return outcome.orThrow();
    }

    /** A new session on the student's account, with the account as it is now. */
    static StudentSignIn.SignedIn signedIn(Handle h, SessionService sessions, long studentId) {
        String token = sessions.openStudentSession(h, studentId);
        return new StudentSignIn.SignedIn(
                token, StudentSelf.of(h.attach(StudentDao.class).find(studentId).orElseThrow()));
    }
}
