package org.examdesk.admin.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.mail.Outbox;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Staff forgotten password. Asking gets one answer whether or not the account exists; only a verified account is
 * emailed a link to {@code /reset-password}, valid {@link #LINK_LIFETIME} and once, stored as the SHA-256 of its
 * token, and a newer request retires the older links. Each request counts at the {@link SignInGuard} like a wrong
 * attempt, so asking again and again for one account (or many from one address) slows down. Following the link
 * sets the new password, ends every session of the account and uses the link up.
 */
final class PasswordResetService {
    static final Duration LINK_LIFETIME = Duration.ofHours(1);
    static final String DOOR = "staff-reset";
    static final String ANSWER = "If an account with that username or email address exists and its email address is "
            + "verified, we have emailed it a link to choose a new password. The link works once, within 1 hour.";

    record Answer(String message) {}

    private final Jdbi jdbi;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Outbox outbox;
    private final PortalLinks links;
    private final SignInGuard guard;
    private final Tokens tokens = new Tokens();
    private final EvenTiming timing = new EvenTiming(EvenTiming.RESET_REQUESTS);

    PasswordResetService(
            Jdbi jdbi,
            Clock clock,
            PasswordHasher hasher,
            AuditLog audit,
            Outbox outbox,
            PortalLinks links,
            SignInGuard guard) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.hasher = hasher;
        this.audit = audit;
        this.outbox = outbox;
        this.links = links;
        this.guard = guard;
    }

    /**
     * Emails a link to every verified account whose username or email is {@code login}; the same answer always, in
     * no less than {@link EvenTiming#RESET_REQUESTS}.
     */
    Answer request(String login, String client, String channel, String requestId) {
        return timing.run(() -> requestNow(login, client, channel, requestId));
    }

    private Answer requestNow(String login, String client, String channel, String requestId) {
        guard.check(DOOR, login, client);
        guard.failed(DOOR, login, client);
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            for (StaffRow account : h.attach(StaffDao.class).verifiedMatching(login)) {
                sendLink(h, account, now);
                audit.record(
                        h,
                        new PublicForm("password reset form", channel, requestId),
                        "ACCOUNT_PASSWORD_RESET_REQUESTED",
                        "user",
                        String.valueOf(account.id()),
                        null,
                        Map.of("expiresAt", now.plus(LINK_LIFETIME).toString()));
            }
        });
        return new Answer(ANSWER);
    }

    private void sendLink(Handle h, StaffRow account, Instant now) {
        PasswordResetDao resets = h.attach(PasswordResetDao.class);
        resets.supersede(account.id(), now);
        String token = tokens.newToken();
        resets.insert(Tokens.hash(token), account.id(), now.plus(LINK_LIFETIME));
        outbox.enqueue(
                h,
                account.email(),
                "Reset your password",
                """
                Hello %s,

                Someone asked to reset the password of your account %s. To choose a new password, follow this link
                within 1 hour (it works once; a newer request replaces it):
                %s

                If it was not you, ignore this email: your password has not changed.
                """
                        .formatted(account.firstName(), account.username(), links.page("reset-password", token)));
    }

    /** Sets a new password with a link's token; a wrong, used, replaced or expired link changes nothing. */
    Answer confirm(String token, String password, String channel, String requestId) {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            PasswordResetDao resets = h.attach(PasswordResetDao.class);
            PasswordResetDao.Link link = usable(resets, token, now);
            List<String> weak = PasswordRules.problems(password);
            if (!weak.isEmpty()) {
                throw ApiException.invalid(
                        "The new password needs " + PasswordRules.RULE + " (" + String.join(", ", weak) + ").",
                        List.of("password"));
            }
            StaffDao staff = h.attach(StaffDao.class);
            staff.setPassword(link.userId(), hasher.hash(password));
            int ended = h.attach(SessionDao.class).revokeAll("STAFF", link.userId(), now);
            resets.markUsed(Tokens.hash(token), now);
            StaffRow account = staff.findById(link.userId()).orElseThrow();
            tellChanged(h, account);
            Actor self = new Actor(
                    new Caller(Caller.Kind.STAFF, account.id(), account.displayName(), Set.of(), null, channel),
                    requestId);
            audit.record(
                    h,
                    self,
                    "ACCOUNT_PASSWORD_RESET",
                    "user",
                    String.valueOf(account.id()),
                    null,
                    Map.of("sessionsEnded", ended));
            return new Answer("Your password is changed and you are signed out everywhere else. Sign in with the "
                    + "new password.");
        });
    }

    /** The owner hears of every change of their password, in case it was not them. */
    private void tellChanged(Handle h, StaffRow account) {
        outbox.enqueue(
                h,
                account.email(),
                "Your password was changed",
                """
                Hello %s,

                The password of your account %s was changed with a reset link, and every place it was signed in
                was signed out. If it was not you, contact support at once.
                """
                        .formatted(account.firstName(), account.username()));
    }

    private static PasswordResetDao.Link usable(PasswordResetDao resets, String token, Instant now) {
        PasswordResetDao.Link link = resets.lock(Tokens.hash(token))
                .orElseThrow(() -> ApiException.notFound(
                        "This password reset link is not valid. Check you copied all of it, or ask for a new one."));
        if (link.usedAt() != null) {
            throw ApiException.conflict(
                    "This password reset link was already used. If you still cannot sign in, " + "ask for a new link.");
        }
        if (link.supersededAt() != null) {
            throw new ApiException(
                    410,
                    "superseded",
                    "A newer password reset link was sent after this one. Use the link in the latest email.",
                    List.of("token"));
        }
        if (!link.expiresAt().isAfter(now)) {
            throw new ApiException(
                    410,
                    "expired",
                    "This password reset link expired after 1 hour. Ask for a new one.",
                    List.of("token"));
        }
        return link;
    }
}
