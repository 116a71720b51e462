package org.examdesk.admin.conversations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Jdbi;

/** Stores conversation state and transcripts so that any node, or a restart, can carry a conversation on. */
public final class ConversationService {
    private static final Set<String> AUTHORS = Set.of("USER", "BOT", "AGENT");
    private static final int MAX_STATE_CHARS = 200_000;
    private static final Pattern CLIENT_MESSAGE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final Jdbi jdbi;
    private final ObjectMapper json;

    public ConversationService(Jdbi jdbi, ObjectMapper json) {
        this.jdbi = jdbi;
        this.json = json;
    }

    public ConversationView create(String channel, Long userId, Long studentId) {
        if (channel == null || !channel.matches("[a-z]{2,16}")) {
            throw ApiException.invalid(
                    "Name the channel in lower-case letters, e.g. web or slack.", List.of("channel"));
        }
        UUID id = UUID.randomUUID();
        jdbi.useExtension(ConversationDao.class, dao -> dao.insert(id, channel, userId, studentId));
        return find(id);
    }

    public ConversationView find(UUID id) {
        ConversationDao.Row row = jdbi.withExtension(ConversationDao.class, dao -> dao.find(id))
                .orElseThrow(() -> ApiException.notFound("There is no such conversation."));
        return new ConversationView(
                row.id(), row.channel(), row.userId(), row.studentId(), parse(row.state()), row.version());
    }

    /** Saves state if nobody saved since {@code version} was read; otherwise 409 so the caller re-reads. */
    public int saveState(UUID id, JsonNode state, int version) {
        return saveState(id, state, version, null, null);
    }

    /**
     * Saves state as {@link #saveState(UUID, JsonNode, int)} and, when {@code botMessage} is given, appends it to the
     * transcript (author BOT, with the client message id it answers) in the same transaction: the end of a turn in
     * one call, so state and transcript never disagree.
     */
    public int saveState(UUID id, JsonNode state, int version, JsonNode botMessage, String clientMessageId) {
        String text = state == null ? "{}" : state.toString();
        if (text.length() > MAX_STATE_CHARS) {
            throw ApiException.tooLarge("Conversation state is limited to " + MAX_STATE_CHARS + " characters.");
        }
        checkClientMessageId(clientMessageId);
        find(id);
        jdbi.useTransaction(h -> {
            ConversationDao dao = h.attach(ConversationDao.class);
            if (dao.saveState(id, text, version) == 0) {
                throw ApiException.conflict("The conversation moved on in the meantime; read it again.");
            }
            if (botMessage != null && dao.append(id, "BOT", botMessage.toString(), clientMessageId) == 0) {
                throw duplicate(clientMessageId);
            }
        });
        return version + 1;
    }

    /**
     * Starts a turn in one call: the conversation must be this person's ({@code userId} for staff, {@code studentId}
     * for a student, neither for an anonymous visitor). An anonymous conversation is never taken over by a turn of
     * someone signed in (knowing its id proves nothing); the bot gives it to the student who passed the identity
     * check in it ({@link #claim}). Then their message is appended (409 {@code duplicate} when the page sent it before; masked when the
     * state says the question asked wants a personal answer, {@code "secretAnswer": true}) and the
     * conversation, with its state and version, is returned. Anyone else's conversation is 404, as one that does not
     * exist.
     */
    public ConversationView beginTurn(UUID id, Long userId, Long studentId, JsonNode message, String clientMessageId) {
        if (userId != null && studentId != null) {
            throw ApiException.invalid("Give userId or studentId, not both.", List.of("userId", "studentId"));
        }
        checkClientMessageId(clientMessageId);
        return jdbi.inTransaction(h -> {
            ConversationDao dao = h.attach(ConversationDao.class);
            ConversationDao.Row row =
                    dao.find(id).orElseThrow(() -> ApiException.notFound("There is no such conversation."));
            if (!(Objects.equals(row.userId(), userId) && Objects.equals(row.studentId(), studentId))) {
                throw ApiException.notFound("There is no such conversation.");
            }
            JsonNode kept =
                    parse(row.state()).path("secretAnswer").asBoolean(false) ? Masking.masked(message) : message;
            if (dao.append(id, "USER", kept == null ? "null" : kept.toString(), clientMessageId) == 0) {
                throw duplicate(clientMessageId);
            }
            ConversationDao.Row now = dao.find(id).orElseThrow();
            return new ConversationView(
                    now.id(), now.channel(), now.userId(), now.studentId(), parse(now.state()), now.version());
        });
    }

    /** Gives an anonymous conversation to the person who signed in during it; an owned one stays as it is. */
    public ConversationView claim(UUID id, Long userId, Long studentId) {
        if ((userId == null) == (studentId == null)) {
            throw ApiException.invalid("Give either userId or studentId.", List.of("userId", "studentId"));
        }
        find(id);
        int updated = jdbi.withExtension(ConversationDao.class, dao -> dao.claim(id, userId, studentId));
        if (updated == 0) {
            throw ApiException.conflict("This conversation already belongs to someone.");
        }
        return find(id);
    }

    /**
     * Appends a message to the transcript. With a {@code clientMessageId} (the id a chat page gave its message, or
     * the bot's answer to it), a second message of the same author and id is refused with 409 {@code duplicate}:
     * the page sent it again after a reconnect, and its turn already ran (or is running).
     */
    public void append(UUID id, String author, JsonNode body, String clientMessageId) {
        if (author == null || !AUTHORS.contains(author)) {
            throw ApiException.invalid("The author must be USER, BOT or AGENT.", List.of("author"));
        }
        checkClientMessageId(clientMessageId);
        find(id);
        int added = jdbi.withExtension(
                ConversationDao.class,
                dao -> dao.append(id, author, body == null ? "null" : body.toString(), clientMessageId));
        if (added == 0) {
            throw duplicate(clientMessageId);
        }
    }

    private static ApiException duplicate(String clientMessageId) {
        return new ApiException(
                409,
                "duplicate",
                "This conversation already has this message (client id " + clientMessageId + ").",
                List.of("clientMessageId"));
    }

    /** The transcript, oldest first; with a {@code clientMessageId}, only that message and the answer to it. */
    public List<TranscriptEntry> transcript(UUID id, String clientMessageId) {
        checkClientMessageId(clientMessageId);
        find(id);
        return jdbi.withExtension(ConversationDao.class, dao -> dao.messages(id, clientMessageId)).stream()
                .map(m -> new TranscriptEntry(m.author(), parse(m.body()), m.createdAt(), m.clientMessageId()))
                .toList();
    }

    public record TranscriptEntry(String author, JsonNode body, Instant at, String clientMessageId) {}

    private static void checkClientMessageId(String clientMessageId) {
        if (clientMessageId != null
                && !CLIENT_MESSAGE_ID.matcher(clientMessageId).matches()) {
            throw ApiException.invalid(
                    "A client message id is 1 to 128 letters, digits or . _ : -.", List.of("clientMessageId"));
        }
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored conversation JSON is unreadable", e);
        }
    }
}
