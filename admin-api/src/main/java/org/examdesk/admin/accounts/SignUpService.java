package org.examdesk.admin.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.mail.EmailAddresses;
import org.examdesk.admin.mail.Outbox;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * New staff accounts (domain section 4): email typed twice, a unique username that defaults to the email, a
 * password of 8+ characters with an upper-case letter and a digit, names, country, terms accepted. The account
 * has no role or centre until the board grants them, and cannot sign in until the emailed link (valid 24 hours,
 * once) is followed. A username that is taken gets the same answer as a free one (so usernames cannot be listed),
 * and the account's owner is emailed instead; an abandoned sign-up (never verified, link expired) can be made again.
 */
final class SignUpService {
    static final Duration LINK_LIFETIME = Duration.ofHours(24);

    record SignUp(
            String email,
            String emailConfirmation,
            String username,
            String password,
            String firstName,
            String lastName,
            String country,
            Boolean termsAccepted) {}

    record SignedUp(String username, String message) {}

    private final Jdbi jdbi;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Outbox outbox;
    private final PortalLinks links;
    private final Tokens tokens = new Tokens();

    SignUpService(Jdbi jdbi, Clock clock, PasswordHasher hasher, AuditLog audit, Outbox outbox, PortalLinks links) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.hasher = hasher;
        this.audit = audit;
        this.outbox = outbox;
        this.links = links;
    }

    /** Signs up; {@code throttle} is asked only once the request is complete, before any costly work. */
    SignedUp signUp(SignUp r, BooleanSupplier throttle, String channel, String requestId) {
        String email = trim(r.email());
        String username = trim(r.username()).isEmpty() ? email : trim(r.username());
        check(r, email, username);
        if (!throttle.getAsBoolean()) {
            throw ApiException.tooManyRequests("Too many sign-ups from this address. Wait a few minutes.");
        }
        String hash = hasher.hash(r.password());
        return jdbi.inTransaction(h -> {
            StaffDao staff = h.attach(StaffDao.class);
            StaffRow taken = staff.findByUsername(username).orElse(null);
            if (taken != null && !abandoned(h, taken)) {
                tellOwner(h, taken, channel, requestId);
                return answer(username, email);
            }
            long id = taken != null
                    ? replace(staff, taken.id(), r, email, hash)
                    : staff.insertSignedUp(
                            username, email, trim(r.firstName()), trim(r.lastName()), trim(r.country()), hash);
            sendLink(h, id, email, trim(r.firstName()));
            Actor self = new Actor(
                    new Caller(
                            Caller.Kind.STAFF,
                            id,
                            trim(r.firstName()) + " " + trim(r.lastName()),
                            Set.of(),
                            null,
                            channel),
                    requestId);
            audit.record(
                    h,
                    self,
                    "ACCOUNT_SIGNED_UP",
                    "user",
                    String.valueOf(id),
                    null,
                    Map.of("username", username, "email", email, "country", trim(r.country()), "again", taken != null));
            return answer(username, email);
        });
    }

    /** The one answer to every complete sign-up, whether or not the username was free. */
    private static SignedUp answer(String username, String email) {
        return new SignedUp(
                username,
                "Check your inbox at " + email + ": if the username is free, the link to finish signing up is there "
                        + "(it works for 24 hours); if you already have an account with this username, we have emailed "
                        + "its owner instead.");
    }

    /** Never verified, and its last link has expired: the seed's "create the account again". */
    private boolean abandoned(Handle h, StaffRow row) {
        return !h.attach(StaffDao.class).isEmailVerified(row.id())
                && h.attach(EmailVerificationDao.class)
                        .latestExpiry(row.id())
                        .map(expiry -> !expiry.isAfter(clock.instant()))
                        .orElse(false);
    }

    private static long replace(StaffDao staff, long id, SignUp r, String email, String hash) {
        staff.replaceSignedUp(id, email, trim(r.firstName()), trim(r.lastName()), trim(r.country()), hash);
        return id;
    }

    /** Someone signed up with a username that is in use: its owner hears of it, the caller learns nothing. */
    private void tellOwner(Handle h, StaffRow owner, String channel, String requestId) {
        outbox.enqueue(
                h,
                owner.email(),
                "Someone tried to sign up with your username",
                """
                Hello,

                Someone tried to create an account with your username, %s. If it was you, you already have an
                account: sign in with it. If it was not you, there is nothing to do; your account has not changed.
                """
                        .formatted(owner.username()));
        audit.record(
                h,
                new PublicForm("sign-up form", channel, requestId),
                "ACCOUNT_SIGN_UP_TAKEN",
                "user",
                String.valueOf(owner.id()),
                null,
                null);
    }

    void verify(String token, String channel, String requestId) {
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            EmailVerificationDao verifications = h.attach(EmailVerificationDao.class);
            EmailVerificationDao.Link link = verifications
                    .lock(Tokens.hash(token))
                    .orElseThrow(() -> ApiException.notFound(
                            "This verification link is not valid. Check you copied all of it, or sign up again."));
            if (link.usedAt() != null) {
                throw ApiException.conflict("This verification link was already used: sign in.");
            }
            if (!link.expiresAt().isAfter(now)) {
                throw new ApiException(
                        410,
                        "expired",
                        "This verification link expired after 24 hours. Sign up " + "again to get a new one.",
                        List.of("token"));
            }
            verifications.markUsed(Tokens.hash(token), now);
            h.attach(StaffDao.class).markEmailVerified(link.userId());
            Actor self = new Actor(
                    new Caller(Caller.Kind.STAFF, link.userId(), "user " + link.userId(), Set.of(), null, channel),
                    requestId);
            audit.record(h, self, "ACCOUNT_EMAIL_VERIFIED", "user", String.valueOf(link.userId()), null, null);
        });
    }

    private void sendLink(Handle h, long userId, String email, String firstName) {
        String token = tokens.newToken();
        h.attach(EmailVerificationDao.class)
                .insert(Tokens.hash(token), userId, clock.instant().plus(LINK_LIFETIME));
        outbox.enqueue(
                h,
                email,
                "Verify your email address",
                """
                Hello %s,

                Follow this link within 24 hours to verify your email address and finish signing up:
                %s

                If you did not sign up, ignore this email.
                """
                        .formatted(firstName, links.page("verify-email", token)));
    }

    private static void check(SignUp r, String email, String username) {
        List<String> fields = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!EmailAddresses.isValid(email)) {
            fields.add("email");
            problems.add("the email address is not valid");
        } else if (!email.equalsIgnoreCase(trim(r.emailConfirmation()))) {
            fields.add("emailConfirmation");
            problems.add("the two email addresses differ");
        }
        if (username.length() > 254) {
            fields.add("username");
            problems.add("the username is longer than 254 characters");
        }
        List<String> weak = PasswordRules.problems(r.password());
        if (!weak.isEmpty()) {
            fields.add("password");
            problems.add("the password needs " + PasswordRules.RULE + " (" + String.join(", ", weak) + ")");
        }
        for (String[] field : new String[][] {
            {"firstName", r.firstName(), "first name"},
            {"lastName", r.lastName(), "last name"},
            {"country", r.country(), "country"}
        }) {
            if (trim(field[1]).isEmpty()) {
                fields.add(field[0]);
                problems.add("the " + field[2] + " is missing");
            }
        }
        if (!Boolean.TRUE.equals(r.termsAccepted())) {
            fields.add("termsAccepted");
            problems.add("the terms must be accepted");
        }
        if (!fields.isEmpty()) {
            throw ApiException.invalid("The sign-up is not complete: " + String.join("; ", problems) + ".", fields);
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
