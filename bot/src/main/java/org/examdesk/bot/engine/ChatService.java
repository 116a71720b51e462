package org.examdesk.bot.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.ClientModels.Conversation;
import org.examdesk.admin.client.ClientModels.User;
import org.examdesk.bot.platform.RequestException;

/**
 * What every channel does with a conversation: start it for a speaker, and run one turn (check the
 * conversation belongs to the speaker, ask the engine, keep the transcript). Conversations live in the
 * database through the admin API, so any node can carry one on.
 */
public final class ChatService {
    private final AdminClient admin;
    private final String serviceToken;
    private final ConversationEngine engine;
    private final Resends resends = new Resends();

    public ChatService(AdminClient admin, String serviceToken, ConversationEngine engine) {
        this.admin = admin;
        this.serviceToken = serviceToken;
        this.engine = engine;
    }

    /** Resolves a bearer token to a speaker; an invalid token is refused, no token is anonymous. */
    public Speaker speaker(String token, String channel) {
        if (token == null) {
            return Speaker.anonymous();
        }
        try {
            User user = admin.as(token, channel).me();
            return new Speaker(token, user);
        } catch (AdminApiException e) {
            if (e.status() == 401) {
                throw RequestException.unauthorized("Your session has expired or was signed out. Sign in again.");
            }
            throw e;
        }
    }

    /**
     * The conversation a page asks to carry on after a reconnect, if it belongs to this speaker (or is anonymous
     * and passes to them); empty otherwise, so a guessed or stale id neither leaks nor errors.
     */
    public Optional<UUID> resume(UUID id, Speaker speaker, String channel) {
        try {
            return Optional.of(owned(id, speaker, channel).id());
        } catch (RequestException e) {
            return Optional.empty();
        }
    }

    public UUID start(Speaker speaker, String channel) {
        Long userId = speaker.isStaff() ? speaker.user().id() : null;
        Long studentId = speaker.isStudent() ? speaker.user().id() : null;
        return service(channel).createConversation(channel, userId, studentId).id();
    }

    public List<Reply> turn(UUID conversationId, Speaker speaker, Inbound inbound, String channel) {
        return turn(conversationId, speaker, inbound, channel, null);
    }

    /**
     * One turn, run at most once per {@code messageId} (the page's id for the message; null: no such guard). A
     * message sent again with the same id, after a reconnect and to any node, is answered with the replies of its
     * first copy: the database, not this node, knows which messages were handled.
     */
    public List<Reply> turn(UUID conversationId, Speaker speaker, Inbound inbound, String channel, String messageId) {
        AdminClient.Caller service = service(channel);
        Conversation conversation;
        try {
            conversation = service.beginTurn(
                            conversationId,
                            speaker.isStaff() ? speaker.user().id() : null,
                            speaker.isStudent() ? speaker.user().id() : null,
                            inbound,
                            messageId)
                    .orElseThrow(() -> RequestException.notFound("There is no such conversation."));
        } catch (AdminApiException e) {
            if (e.status() == 409 && "duplicate".equals(e.error())) {
                return resends.answerTo(service, conversationId, messageId);
            }
            throw e;
        }
        return answer(
                service,
                channel,
                conversation,
                messageId,
                state -> engine.handle(
                        conversation.id(), speaker, inbound, state, speaker.admin(admin, channel), service));
    }

    /** Whether a flow may take on files this speaker shares (a centre administrator's learner groups). */
    public boolean takesFilesFrom(Speaker speaker) {
        return engine.takesFilesFrom(speaker);
    }

    /** Whether a flow takes this shared file on for this speaker (a learner group's file). */
    public boolean takes(SharedFile file, Speaker speaker) {
        return engine.takes(file, speaker);
    }

    /**
     * Whether the flow active in this speaker's conversation takes the file at its step (a case being looked at
     * takes it as an attachment), whatever kind of file it is; 404 for another's conversation.
     */
    public boolean takesAt(UUID conversationId, Speaker speaker, String channel, SharedFile file) {
        Conversation conversation = owned(conversationId, speaker, channel);
        return engine.takesAt(FlowState.of(conversation.state()), file, speaker);
    }

    /**
     * A file shared in a conversation: when the active flow takes it at its step, or a flow takes it on (a learner group's file), a turn of that flow, with
     * the file's name and size (never its content) in the transcript; otherwise {@code otherwise}, as
     * {@link #exchange} runs it (the students import).
     */
    public List<Reply> share(
            UUID conversationId, Speaker speaker, String channel, SharedFile file, Supplier<List<Reply>> otherwise) {
        Map<String, Object> sent = Map.of("file", file.fileName(), "bytes", file.content().length);
        if (!engine.takes(file, speaker) && !takesAt(conversationId, speaker, channel, file)) {
            return exchange(conversationId, speaker, channel, sent, otherwise);
        }
        owned(conversationId, speaker, channel);
        AdminClient.Caller service = service(channel);
        Conversation conversation = service.beginTurn(
                        conversationId,
                        speaker.isStaff() ? speaker.user().id() : null,
                        speaker.isStudent() ? speaker.user().id() : null,
                        sent,
                        null)
                .orElseThrow(() -> RequestException.notFound("There is no such conversation."));
        return answer(
                service,
                channel,
                conversation,
                null,
                state -> engine.handleFile(
                        conversation.id(), speaker, file, state, speaker.admin(admin, channel), service));
    }

    /** Runs the engine on the conversation's state and keeps the new state and the answer, once per message id. */
    private List<Reply> answer(
            AdminClient.Caller service,
            String channel,
            Conversation conversation,
            String messageId,
            Function<FlowState, ConversationEngine.Outcome> handle) {
        List<Reply> replies;
        try {
            ConversationEngine.Outcome outcome = handle.apply(FlowState.of(conversation.state()));
            service.saveStateAndAnswer(
                    conversation.id(),
                    outcome.state().toJson(),
                    conversation.version(),
                    transcribed(outcome.replies()),
                    messageId);
            signedInDuring(service, channel, conversation, outcome.replies());
            return outcome.replies();
        } catch (AdminApiException e) {
            replies = List.of(new Reply.Text(explain(e)));
        }
        service.appendMessageOnce(conversation.id(), "BOT", transcribed(replies), messageId);
        return replies;
    }

    /**
     * A visitor who proved who they are in this conversation (the student identity check) now owns it: the only
     * way an anonymous conversation gets an owner. Knowing a conversation's id is no proof, so neither a resumed
     * connection nor a turn of someone signed in takes an anonymous conversation over.
     */
    private void signedInDuring(
            AdminClient.Caller service, String channel, Conversation conversation, List<Reply> replies) {
        boolean unowned = conversation.userId() == null && conversation.studentId() == null;
        replies.stream()
                .filter(r -> r instanceof Reply.SignedIn)
                .map(r -> speaker(((Reply.SignedIn) r).token(), channel))
                .filter(who -> unowned && who.signedIn())
                .findFirst()
                .ifPresent(who -> service.claimConversation(
                        conversation.id(),
                        who.isStaff() ? who.user().id() : null,
                        who.isStudent() ? who.user().id() : null));
    }

    /** The replies as kept in the transcript: a sign-in token never is, and a private file only as its summary. */
    static Replies transcribed(List<Reply> replies) {
        return new Replies(replies.stream()
                .filter(r -> !(r instanceof Reply.SignedIn))
                .map(r -> r instanceof Reply.PrivateFile f ? new Reply.Text(f.summary()) : r)
                .toList());
    }

    /**
     * A turn that is not a message (e.g. a file import): checks the conversation belongs to the speaker, keeps what
     * was sent and the replies in its transcript, and explains an admin-API refusal in words.
     */
    public List<Reply> exchange(
            UUID conversationId, Speaker speaker, String channel, Object sent, Supplier<List<Reply>> work) {
        Conversation conversation = owned(conversationId, speaker, channel);
        AdminClient.Caller service = service(channel);
        service.appendMessage(conversation.id(), "USER", sent);
        List<Reply> replies;
        try {
            replies = work.get();
        } catch (AdminApiException e) {
            replies = List.of(new Reply.Text(explain(e)));
        }
        service.appendMessage(conversation.id(), "BOT", transcribed(replies));
        return replies;
    }

    private static String explain(AdminApiException e) {
        if (e.status() == 409 && e.getMessage().contains("conversation moved on")) {
            return "Another message in this chat was being handled at the same time, so I stopped here. "
                    + "Please say again what you would like.";
        }
        if (e.status() == 401) {
            return "Your session has expired. Please sign in again.";
        }
        if (e.unavailable()) {
            return e.getMessage();
        }
        if (e.status() >= 500) {
            return "Something went wrong on our side and nothing was changed. Please try again in a moment.";
        }
        return e.getMessage();
    }

    /**
     * The conversation if it belongs to this speaker; 404 otherwise, so nobody learns another's exists. An
     * anonymous conversation passes to whoever signs in during it (its id is known only to its page).
     */
    private Conversation owned(UUID id, Speaker speaker, String channel) {
        Conversation conversation = service(channel)
                .conversation(id)
                .orElseThrow(() -> RequestException.notFound("There is no such conversation."));
        Long userId = speaker.isStaff() ? speaker.user().id() : null;
        Long studentId = speaker.isStudent() ? speaker.user().id() : null;
        if (Objects.equals(conversation.userId(), userId) && Objects.equals(conversation.studentId(), studentId)) {
            return conversation;
        }
        throw RequestException.notFound("There is no such conversation.");
    }

    /**
     * The channel of a conversation's later requests over plain HTTP (a file upload from the web chat page): web
     * when the conversation was opened in the web chat, otherwise the HTTP channel's own, api.
     */
    public String channelOf(UUID conversationId) {
        return service("api")
                .conversation(conversationId)
                .filter(c -> "web".equals(c.channel()))
                .map(c -> "web")
                .orElse("api");
    }

    private AdminClient.Caller service(String channel) {
        return admin.as(serviceToken, channel);
    }
}
