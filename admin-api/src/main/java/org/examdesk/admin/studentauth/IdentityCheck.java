package org.examdesk.admin.studentauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.SessionService;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.studentauth.StudentAttempts.Outcome;
import org.examdesk.admin.students.StudentDao;
import org.examdesk.admin.students.StudentRow;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Jdbi;

/**
 * The bot's check that a person in a chat is the student they say: email, date of birth and UCI must all
 * match one account. Three failures for one email address lock the check for 15 minutes (across nodes: the
 * count is in the database). Success opens a student session limited to that account.
 */
final class IdentityCheck {
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final ApiException NO_MATCH = new ApiException(
            422,
            "not_confirmed",
            "These details do not match a student account.",
            List.of("email", "dateOfBirth", "uci"));

    private final Jdbi jdbi;
    private final Clock clock;
    private final SessionService sessions;
    private final AuditLog audit;

    IdentityCheck(Jdbi jdbi, Clock clock, SessionService sessions, AuditLog audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.sessions = sessions;
        this.audit = audit;
    }

    StudentSignIn.SignedIn check(Actor bot, String email, LocalDate dob, String uci) {
        String key = email.trim().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
                    IdentityCheckDao checks = h.attach(IdentityCheckDao.class);
                    checks.ensure(key);
                    Instant lockedUntil = checks.lockedUntil(key).orElse(null);
                    if (lockedUntil != null && lockedUntil.isAfter(now)) {
                        return Outcome.<StudentSignIn.SignedIn>refused(
                                ApiException.tooManyRequests(
                                        "The identity check for this "
                                                + "email address is locked for 15 minutes after 3 failed attempts. Try again later."));
                    }
                    StudentRow match = h
                            .attach(StudentDao.class)
                            .findByEmailAndUci(key, uci.trim().toUpperCase(Locale.ROOT))
                            .stream()
                            .filter(s -> s.dateOfBirth().equals(dob))
                            .findFirst()
                            .orElse(null);
                    if (match == null) {
                        checks.recordFailure(key, now.plus(LOCK));
                        return Outcome.<StudentSignIn.SignedIn>refused(NO_MATCH);
                    }
                    checks.clear(key);
                    audit.record(
                            h, bot, "STUDENT_IDENTITY_CONFIRMED", "student", String.valueOf(match.id()), null, null);
                    return Outcome.ok(new StudentSignIn.SignedIn(
                            sessions.openStudentSession(h, match.id()), StudentSelf.of(match)));
                })
                .orThrow();
    }
}
