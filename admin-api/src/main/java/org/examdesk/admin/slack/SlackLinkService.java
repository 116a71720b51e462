package org.examdesk.admin.slack;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.StaffDao;
import org.examdesk.admin.accounts.Tokens;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Links a Slack user to a staff account: with a one-time code the signed-in person got from ExamDesk (valid
 * 10 minutes, stored hashed), or by an email address Slack says is verified and that equals a verified staff
 * email. Only the bot's service token may link; every link is audited.
 */
final class SlackLinkService {
    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I
    private static final int CODE_LENGTH = 8;
    /** Wrong codes a Slack user may send within {@link #FAILURE_WINDOW} before their codes are refused. */
    static final int MAX_FAILURES = 5;

    static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);

    record LinkCode(String code, Instant expiresAt) {}

    record LinkedUser(long userId, String name) {}

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    SlackLinkService(Jdbi jdbi, Clock clock, AuditLog audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    /** A fresh code for the signed-in staff user; any unused earlier code stops working. */
    LinkCode issueCode(Actor actor) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        Instant expiresAt = clock.instant().plus(CODE_LIFETIME);
        long userId = actor.caller().id();
        jdbi.useTransaction(h -> {
            SlackDao dao = h.attach(SlackDao.class);
            dao.dropUnusedCodes(userId);
            dao.insertCode(Tokens.hash(code.toString()), userId, expiresAt);
            audit.record(
                    h,
                    actor,
                    "slack.link_code.issue",
                    "user",
                    String.valueOf(userId),
                    null,
                    Map.of("expiresAt", expiresAt.toString()));
        });
        return new LinkCode(code.substring(0, 4) + "-" + code.substring(4), expiresAt);
    }

    LinkedUser redeem(Actor service, SlackUser slack, String code) {
        String normalised = code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (normalised.length() != CODE_LENGTH) {
            throw ApiException.invalid("A link code has 8 letters and digits, like ABCD-2345.", List.of("code"));
        }
        Instant now = clock.instant();
        Instant since = now.minus(FAILURE_WINDOW);
        int failures = jdbi.withExtension(SlackDao.class, d -> d.failuresSince(slack.teamId(), slack.userId(), since));
        if (failures >= MAX_FAILURES) {
            throw ApiException.tooManyRequests(
                    "Too many wrong link codes were sent from this Slack account. Wait " + FAILURE_WINDOW.toMinutes()
                            + " minutes, then send the code again (or get a new one from ExamDesk).");
        }
        Optional<LinkedUser> linked = jdbi.inTransaction(h -> h.attach(SlackDao.class)
                .spendCode(Tokens.hash(normalised), now)
                .map(userId -> {
                    h.attach(SlackDao.class).optIn(slack.teamId(), slack.userId());
                    return link(h, service, slack, userId, "CODE");
                }));
        if (linked.isEmpty()) {
            jdbi.useExtension(SlackDao.class, d -> {
                d.recordFailure(slack.teamId(), slack.userId(), now);
                d.forgetFailuresBefore(since);
            });
            throw ApiException.invalid(
                    "That link code is not valid or has expired. Get a new one from ExamDesk (it "
                            + "lasts 10 minutes).",
                    List.of("code"));
        }
        return linked.get();
    }

    LinkedUser linkByEmail(Actor service, SlackUser slack, String email) {
        if (email == null || !email.contains("@")) {
            throw ApiException.invalid("Give the verified email address of the Slack user.", List.of("email"));
        }
        return jdbi.inTransaction(h -> {
            SlackDao dao = h.attach(SlackDao.class);
            if (dao.optedOut(slack.teamId(), slack.userId())) {
                throw ApiException.notFound("This Slack user unlinked; only a link code links them again.");
            }
            List<Long> matches = h.attach(StaffDao.class).verifiedWithEmail(email.trim());
            if (matches.size() != 1) {
                throw ApiException.notFound("No single staff account has that verified email address.");
            }
            return link(h, service, slack, matches.get(0), "EMAIL");
        });
    }

    void unlink(Actor service, SlackUser slack) {
        jdbi.useTransaction(h -> {
            SlackDao dao = h.attach(SlackDao.class);
            Long userId = dao.linkedUser(slack.teamId(), slack.userId())
                    .orElseThrow(() -> ApiException.notFound("That Slack user is not linked."));
            dao.unlink(slack.teamId(), slack.userId());
            dao.optOut(slack.teamId(), slack.userId());
            audit.record(
                    h,
                    via(service, slack),
                    "slack.unlink",
                    "user",
                    String.valueOf(userId),
                    Map.of("slackUser", slack.subject()),
                    null);
        });
    }

    private LinkedUser link(Handle h, Actor service, SlackUser slack, long userId, String by) {
        SlackDao dao = h.attach(SlackDao.class);
        dao.link(slack.teamId(), slack.userId(), userId, by);
        audit.record(
                h,
                via(service, slack),
                "slack.link",
                "user",
                String.valueOf(userId),
                null,
                Map.of("slackUser", slack.subject(), "linkedBy", by));
        return new LinkedUser(userId, h.attach(StaffDao.class).fullName(userId));
    }

    private static Actor via(Actor service, SlackUser slack) {
        return new Actor(
                service.caller().reachedThrough("slack", service.caller().name() + " via " + slack.subject()),
                service.requestId());
    }
}
