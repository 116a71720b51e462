package org.examdesk.bot.channels.slack;

import com.slack.api.model.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.SlackAdminClient;
import org.examdesk.bot.engine.Speaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is asking: the staff user a Slack user is linked to, acted for with the bot's service token and
 * {@code X-On-Behalf-Of}. An unlinked user whose Slack email is confirmed and equals a verified staff email is
 * linked on first contact; otherwise they stay anonymous. The email check is made at most every
 * {@link #EMAIL_RETRY} per user on this node.
 */
public final class SlackUsers {
    static final Duration EMAIL_RETRY = Duration.ofMinutes(10);
    private static final int REMEMBERED = 10_000;
    private static final Logger log = LoggerFactory.getLogger(SlackUsers.class);

    private final AdminClient admin;
    private final String serviceToken;
    private final SlackAdminClient slackAdmin;
    private final SlackWebApi web;
    private final Clock clock;
    private final Map<Who, Instant> emailChecked = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Who, Instant> eldest) {
            return size() > REMEMBERED;
        }
    };

    public SlackUsers(
            AdminClient admin, String serviceToken, SlackAdminClient slackAdmin, SlackWebApi web, Clock clock) {
        this.admin = admin;
        this.serviceToken = serviceToken;
        this.slackAdmin = slackAdmin;
        this.web = web;
        this.clock = clock;
    }

    /** The linked staff speaker, or anonymous when the Slack user is not linked. */
    public Speaker speaker(Who who) {
        return linked(who)
                .or(() -> linkByEmail(who) ? linked(who) : Optional.empty())
                .orElse(Speaker.anonymous());
    }

    public Optional<Speaker> linked(Who who) {
        try {
            return Optional.of(new Speaker(serviceToken, actingAs(who).me(), who.subject()));
        } catch (AdminApiException e) {
            if (e.status() == 401 && "not_linked".equals(e.error())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The admin API as this Slack user (their linked account's rights; 401 {@code not_linked} when unlinked). */
    public AdminClient.Caller actingAs(Who who) {
        return admin.as(serviceToken, "slack").onBehalfOf(who.subject());
    }

    private boolean linkByEmail(Who who) {
        if (!dueForEmailCheck(who)) {
            return false;
        }
        Optional<String> email = web.user(who.userId())
                .filter(u -> u.isEmailConfirmed() && !u.isBot() && !u.isDeleted())
                .map(User::getProfile)
                .map(User.Profile::getEmail);
        if (email.isEmpty()) {
            return false;
        }
        try {
            slackAdmin.linkByVerifiedEmail(who.teamId(), who.userId(), email.get());
            log.info("Linked Slack user {} by verified email", who.subject());
            return true;
        } catch (AdminApiException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }

    private boolean dueForEmailCheck(Who who) {
        Instant now = clock.instant();
        synchronized (emailChecked) {
            Instant last = emailChecked.get(who);
            if (last != null && last.plus(EMAIL_RETRY).isAfter(now)) {
                return false;
            }
            emailChecked.put(who, now);
            return true;
        }
    }
}
