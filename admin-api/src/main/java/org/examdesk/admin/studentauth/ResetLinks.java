package org.examdesk.admin.studentauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.examdesk.admin.accounts.EvenTiming;
import org.examdesk.admin.accounts.SignInGuard;
import org.examdesk.admin.accounts.Tokens;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.mail.EmailAddresses;
import org.examdesk.admin.students.StudentDao;
import org.examdesk.admin.students.StudentMail;
import org.examdesk.admin.students.StudentRow;
import org.examdesk.admin.students.StudentStatus;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The first step of the forgotten-password process: a student gives their email address and, when an account uses
 * it, gets a link that works once, for {@link #LIFETIME}. The answer is the same sentence whether or not an account
 * uses the address, so the door cannot be used to find out who has an account; every request is counted by
 * {@link SignInGuard} (known and unknown addresses alike) so nobody can flood an inbox. Only the SHA-256 of the
 * link's token is stored; a new request spends the older links.
 */
final class ResetLinks {
    static final Duration LIFETIME = Duration.ofHours(1);
    static final String SENT = "If a student results account uses this email address, we have sent it a link to "
            + "choose a new password. The link works once, for 1 hour. If nothing arrives, check the address and "
            + "your junk folder, or ask your exams officer which address your centre registered.";
    private static final String DOOR = "student-reset-link";

    record Sent(String message) {}

    private final Jdbi jdbi;
    private final Clock clock;
    private final StudentMail mail;
    private final AuditLog audit;
    private final SignInGuard guard;
    private final Tokens tokens = new Tokens();
    private final EvenTiming timing = new EvenTiming(EvenTiming.RESET_REQUESTS);

    ResetLinks(Jdbi jdbi, Clock clock, StudentMail mail, AuditLog audit, SignInGuard guard) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.mail = mail;
        this.audit = audit;
        this.guard = guard;
    }

    /** Asks for a link: the same answer, in no less than {@link EvenTiming#RESET_REQUESTS}, known or not. */
    Sent request(String email, String client, String channel, String requestId) {
        return timing.run(() -> requestNow(email, client, channel, requestId));
    }

    private Sent requestNow(String email, String client, String channel, String requestId) {
        if (!EmailAddresses.isValid(email)) {
            throw ApiException.invalid(
                    "Give the email address of your account, for example sam@pupils.example.", List.of("email"));
        }
        guard.check(DOOR, email, client);
        guard.failed(DOOR, email, client); // every request counts, so the answers never differ
        jdbi.useTransaction(h -> {
            StudentDao students = h.attach(StudentDao.class);
            Optional<StudentRow> found = students.findByEmail(email).flatMap(s -> students.lock(s.id()));
            found.ifPresent(s -> send(h, s, channel, requestId));
        });
        return new Sent(SENT);
    }

    private void send(Handle h, StudentRow s, String channel, String requestId) {
        Instant now = clock.instant();
        ResetLinkDao links = h.attach(ResetLinkDao.class);
        links.spendAll(s.id(), now);
        String action;
        if (s.status() == StudentStatus.ACTIVE || s.status() == StudentStatus.FORGOTTEN_PASSWORD) {
            String token = tokens.newToken();
            links.insert(Tokens.hash(token), s.id(), now, now.plus(LIFETIME));
            mail.passwordReset(h, s.email(), s.forename(), token);
            action = "STUDENT_PASSWORD_RESET_LINK_SENT";
        } else {
            mail.passwordResetRefused(
                    h, s.email(), s.forename(), StudentSelf.of(s).meaning());
            action = "STUDENT_PASSWORD_RESET_LINK_REFUSED";
        }
        audit.record(
                h,
                StudentAttempts.actor(s, channel, requestId),
                action,
                "student",
                String.valueOf(s.id()),
                null,
                Map.of("to", s.email(), "status", s.status()));
    }
}
