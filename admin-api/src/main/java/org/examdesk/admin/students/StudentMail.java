package org.examdesk.admin.students;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.examdesk.admin.mail.Outbox;
import org.jdbi.v3.core.Handle;

/** The emails a student results account sends, queued through the {@link Outbox} in the change's transaction. */
public final class StudentMail {
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);

    private final Outbox outbox;
    private final String resultsUrl;

    public StudentMail(Outbox outbox, String resultsUrl) {
        this.outbox = outbox;
        this.resultsUrl = resultsUrl.endsWith("/") ? resultsUrl : resultsUrl + "/";
    }

    /** The personal activation address for a code. */
    public String activationUrl(String code) {
        return resultsUrl + "activate?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    /** The welcome email: how to activate, with a fresh code. */
    public void welcome(Handle h, String to, String forename, String code, Instant expires) {
        Outbox.Email email = welcomeEmail(to, forename, code, expires);
        outbox.enqueue(h, email.recipient(), email.subject(), email.body());
    }

    /** The welcome email, to queue with others in one batch. */
    public Outbox.Email welcomeEmail(String to, String forename, String code, Instant expires) {
        return new Outbox.Email(
                to,
                "Activate your student results account",
                """
                Hello %s,

                Your exam centre has set up a results account for you. To activate it, open
                %s
                or enter the code %s on the activation page, with your date of birth.

                The code works once and expires on %s. If it expires, ask your exams officer for a new one.
                """
                        .formatted(forename, activationUrl(code), code, DAY.format(expires)));
    }

    /** After staff reactivated a locked account: a new activation link. */
    public void reactivated(Handle h, String to, String forename, String code, Instant expires) {
        outbox.enqueue(
                h,
                to,
                "Your student results account has been reactivated",
                """
                Hello %s,

                Your exams officer has unlocked your results account. Activate it again by opening
                %s
                or entering the code %s on the activation page, with your date of birth.

                The code works once and expires on %s.
                """
                        .formatted(forename, activationUrl(code), code, DAY.format(expires)));
    }

    /** The address of a forgotten-password link. */
    public String passwordResetUrl(String token) {
        return resultsUrl + "student/reset-password?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** A forgotten-password link, asked for on the forgotten-password page: it works once, for an hour. */
    public void passwordReset(Handle h, String to, String forename, String token) {
        outbox.enqueue(
                h,
                to,
                "Choose a new password for your student results account",
                """
                Hello %s,

                Someone asked to choose a new password for your results account. To do it, open
                %s
                and give your date of birth and the new password.

                The link works once, for 1 hour. If you did not ask, ignore this email: your password stays as it is.
                """
                        .formatted(forename, passwordResetUrl(token)));
    }

    /** Asked for a forgotten-password link while the account is in a status a new password cannot fix. */
    public void passwordResetRefused(Handle h, String to, String forename, String meaning) {
        outbox.enqueue(
                h,
                to,
                "About your student results account",
                """
                Hello %s,

                Someone asked to choose a new password for your results account, but a new password cannot help yet.
                %s

                If you did not ask, ignore this email.
                """
                        .formatted(forename, meaning));
    }

    /** To the new address of an account that is already active. */
    public void addressChanged(Handle h, String to, String forename) {
        outbox.enqueue(
                h,
                to,
                "Your student results account now uses this email address",
                """
                Hello %s,

                Your exam centre has changed the email address of your results account to this one.
                Sign in at %s with your usual password.
                """
                        .formatted(forename, resultsUrl));
    }
}
