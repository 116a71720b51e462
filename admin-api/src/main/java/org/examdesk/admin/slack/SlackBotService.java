package org.examdesk.admin.slack;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.examdesk.admin.conversations.ConversationDao;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Jdbi;

/**
 * What the Slack channel keeps in the database so any node can carry on: the event ids already handled (Slack
 * retries events, and a retry may reach another node) and the conversation of each Slack user in each channel.
 */
final class SlackBotService {
    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Duration REMEMBER_EVENTS = Duration.ofDays(1);

    private final Jdbi jdbi;
    private final Clock clock;

    SlackBotService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** True the first time an event id is seen; false for a retry or a duplicate. */
    boolean firstDelivery(String eventId) {
        if (eventId == null || !EVENT_ID.matcher(eventId).matches()) {
            throw ApiException.invalid("Give the Slack event id.", List.of("eventId"));
        }
        return jdbi.inTransaction(h -> {
            SlackDao dao = h.attach(SlackDao.class);
            boolean first = dao.claimEvent(eventId) == 1;
            if (first && Math.floorMod(eventId.hashCode(), 100) == 0) {
                dao.forgetEventsBefore(clock.instant().minus(REMEMBER_EVENTS)); // now and then, not every time
            }
            return first;
        });
    }

    /**
     * The conversation of a Slack user in a Slack channel, as whom they are now: linked (the staff user) or not
     * (anonymous). A user who links starts a fresh conversation, so nothing said before crosses over.
     */
    UUID conversation(SlackUser slack, String channelId) {
        if (channelId == null || !SlackUser.SLACK_ID.matcher(channelId).matches()) {
            throw ApiException.invalid("Give the Slack channel id, e.g. D0123ABCD.", List.of("channelId"));
        }
        return jdbi.inTransaction(h -> {
            SlackDao dao = h.attach(SlackDao.class);
            Long userId = dao.linkedUser(slack.teamId(), slack.userId()).orElse(null);
            ConversationDao conversations = h.attach(ConversationDao.class);
            return dao.conversation(slack.teamId(), slack.userId(), channelId)
                    .filter(id -> conversations
                            .find(id)
                            .filter(c -> Objects.equals(c.userId(), userId))
                            .isPresent())
                    .orElseGet(() -> {
                        UUID id = UUID.randomUUID();
                        conversations.insert(id, "slack", userId, null);
                        dao.mapConversation(slack.teamId(), slack.userId(), channelId, id);
                        return id;
                    });
        });
    }
}
