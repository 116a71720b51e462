package org.examdesk.admin.conversations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(ConversationDao.Row.class)
@RegisterConstructorMapper(ConversationDao.MessageRow.class)
public interface ConversationDao {
    record Row(UUID id, String channel, Long userId, Long studentId, String state, int version) {}

    record MessageRow(long id, String author, String body, Instant createdAt, String clientMessageId) {}

    @SqlUpdate(
            "insert into conversations (id, channel, user_id, student_id) values (:id, :channel, :userId, :studentId)")
    void insert(
            @Bind("id") UUID id,
            @Bind("channel") String channel,
            @Bind("userId") Long userId,
            @Bind("studentId") Long studentId);

    @SqlQuery(
            "select id, channel, user_id, student_id, state::text as state, version from conversations where id = :id")
    Optional<Row> find(@Bind("id") UUID id);

    @SqlUpdate("update conversations set state = cast(:state as jsonb), version = version + 1, updated_at = now() "
            + "where id = :id and version = :version")
    int saveState(@Bind("id") UUID id, @Bind("state") String state, @Bind("version") int version);

    @SqlUpdate("update conversations set user_id = :userId, student_id = :studentId, updated_at = now() "
            + "where id = :id and user_id is null and student_id is null")
    int claim(@Bind("id") UUID id, @Bind("userId") Long userId, @Bind("studentId") Long studentId);

    /** Appends a message; 0 when this conversation already holds one of this author with this client id. */
    @SqlUpdate("insert into conversation_messages (conversation_id, author, body, client_message_id) "
            + "values (:id, :author, cast(:body as jsonb), :clientMessageId) "
            + "on conflict (conversation_id, author, client_message_id) where client_message_id is not null do nothing")
    int append(
            @Bind("id") UUID id,
            @Bind("author") String author,
            @Bind("body") String body,
            @Bind("clientMessageId") String clientMessageId);

    /** The transcript, or (with a client id) only the message of that id and the answer to it. */
    @SqlQuery("select id, author, body::text as body, created_at, client_message_id from conversation_messages "
            + "where conversation_id = :id and (cast(:clientMessageId as text) is null or client_message_id = :clientMessageId) "
            + "order by id")
    List<MessageRow> messages(@Bind("id") UUID id, @Bind("clientMessageId") String clientMessageId);

    /**
     * The last thing the person typed before each answer of the bot since {@code from} whose body holds
     * {@code marker} (the bot's "no article" answer), for the gaps report.
     */
    @SqlQuery(
            """
            select u.body ->> 'text' from conversation_messages b
              join lateral (select body from conversation_messages u
                             where u.conversation_id = b.conversation_id and u.id < b.id and u.author = 'USER'
                             order by u.id desc limit 1) u on true
             where b.author = 'BOT' and b.created_at >= :from and strpos(b.body::text, :marker) > 0
               and u.body ->> 'text' is not null""")
    List<String> questionsAnsweredWith(@Bind("from") Instant from, @Bind("marker") String marker);

    /** A web conversation started at a given time (for demo data). */
    @SqlUpdate("insert into conversations (id, channel, created_at, updated_at) values (:id, 'web', :at, :at)")
    void insertWebAt(@Bind("id") UUID id, @Bind("at") Instant at);

    /** A message said at a given time (for demo data). */
    @SqlUpdate("insert into conversation_messages (conversation_id, author, body, created_at) "
            + "values (:id, :author, cast(:body as jsonb), :at)")
    void appendAt(
            @Bind("id") UUID id, @Bind("author") String author, @Bind("body") String body, @Bind("at") Instant at);
}
