package org.examdesk.admin.slack;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Slack links, link codes, handled event ids and Slack conversations. */
public interface SlackDao {
    @SqlUpdate("delete from slack_link_codes where user_id = :userId and used_at is null")
    void dropUnusedCodes(@Bind("userId") long userId);

    @SqlUpdate("insert into slack_link_codes (code_hash, user_id, expires_at) values (:hash, :userId, :expiresAt)")
    void insertCode(@Bind("hash") byte[] hash, @Bind("userId") long userId, @Bind("expiresAt") Instant expiresAt);

    /** Spends a live code and answers whose it was; empty when unknown, used or expired. */
    @SqlQuery("update slack_link_codes set used_at = :now "
            + "where code_hash = :hash and used_at is null and expires_at > :now returning user_id")
    Optional<Long> spendCode(@Bind("hash") byte[] hash, @Bind("now") Instant now);

    @SqlQuery(
            """
            select count(*) from slack_link_failures
             where team_id = :team and slack_user_id = :user and failed_at > :since""")
    int failuresSince(@Bind("team") String team, @Bind("user") String user, @Bind("since") Instant since);

    @SqlUpdate("insert into slack_link_failures (team_id, slack_user_id, failed_at) values (:team, :user, :at)")
    void recordFailure(@Bind("team") String team, @Bind("user") String user, @Bind("at") Instant at);

    @SqlUpdate("insert into slack_link_optouts (team_id, slack_user_id) values (:team, :user) on conflict do nothing")
    void optOut(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("delete from slack_link_optouts where team_id = :team and slack_user_id = :user")
    void optIn(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("select exists (select 1 from slack_link_optouts where team_id = :team and slack_user_id = :user)")
    boolean optedOut(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("delete from slack_link_failures where failed_at < :before")
    int forgetFailuresBefore(@Bind("before") Instant before);

    @SqlUpdate(
            """
            insert into slack_links (team_id, slack_user_id, user_id, linked_by) values (:team, :user, :userId, :by)
            on conflict (team_id, slack_user_id)
            do update set user_id = excluded.user_id, linked_by = excluded.linked_by, created_at = now()""")
    void link(
            @Bind("team") String team,
            @Bind("user") String user,
            @Bind("userId") long userId,
            @Bind("by") String linkedBy);

    @SqlQuery("select user_id from slack_links where team_id = :team and slack_user_id = :user")
    Optional<Long> linkedUser(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("delete from slack_links where team_id = :team and slack_user_id = :user")
    int unlink(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("insert into slack_events (event_id) values (:id) on conflict do nothing")
    int claimEvent(@Bind("id") String eventId);

    @SqlUpdate("delete from slack_events where received_at < :before")
    int forgetEventsBefore(@Bind("before") Instant before);

    @SqlQuery(
            """
            select conversation_id from slack_conversations
             where team_id = :team and slack_user_id = :user and slack_channel_id = :channel""")
    Optional<UUID> conversation(@Bind("team") String team, @Bind("user") String user, @Bind("channel") String channel);

    @SqlUpdate(
            """
            insert into slack_conversations (team_id, slack_user_id, slack_channel_id, conversation_id)
            values (:team, :user, :channel, :id)
            on conflict (team_id, slack_user_id, slack_channel_id) do update set conversation_id = excluded.conversation_id""")
    void mapConversation(
            @Bind("team") String team,
            @Bind("user") String user,
            @Bind("channel") String channel,
            @Bind("id") UUID conversationId);

    /** A case's message in the agents' channel. */
    record CasePost(String number, String channelId, String ts) {}

    /** Where a case (by the cases feature's id) sits in the agents' channel. */
    record Post(long caseId, String channelId, String ts) {}

    /** Slack users linked to a staff user. */
    record Link(String teamId, String slackUserId) {}

    @SqlUpdate(
            """
            insert into slack_case_posts (case_id, channel_id, message_ts) values (:caseId, :channel, :ts)
            on conflict (case_id) do update set channel_id = excluded.channel_id, message_ts = excluded.message_ts""")
    void savePost(@Bind("caseId") long caseId, @Bind("channel") String channelId, @Bind("ts") String ts);

    @SqlQuery("select case_id, channel_id, message_ts as ts from slack_case_posts where case_id = :caseId")
    @RegisterConstructorMapper(Post.class)
    Optional<Post> postOf(@Bind("caseId") long caseId);

    @SqlQuery("select case_id, channel_id, message_ts as ts from slack_case_posts "
            + "where channel_id = :channel and message_ts = :ts")
    @RegisterConstructorMapper(Post.class)
    Optional<Post> postAt(@Bind("channel") String channelId, @Bind("ts") String ts);

    @SqlQuery("select team_id, slack_user_id from slack_links where user_id = :userId order by created_at")
    @RegisterConstructorMapper(Link.class)
    List<Link> linksOf(@Bind("userId") long userId);
}
