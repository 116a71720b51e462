package org.examdesk.bot.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.examdesk.admin.client.AdminClient;

/**
 * One turn of a conversation as a flow sees it: who speaks, what they sent, the flow state, the admin API as
 * the speaker, and the replies being built. Buttons made here carry the turn's nonce.
 */
public final class Turn {
    private final UUID conversationId;
    private final Speaker speaker;
    private final Inbound inbound;
    private final String actionValue;
    private final FlowState state;
    private final AdminClient.Caller admin;
    private final AdminClient.Caller service;
    private final List<Reply> replies = new ArrayList<>();
    private final Map<String, Object> remembered = new HashMap<>();
    private final String nonceAtStart;
    private String nonce;
    private boolean taskArticles;

    Turn(
            UUID conversationId,
            Speaker speaker,
            Inbound inbound,
            String actionValue,
            FlowState state,
            AdminClient.Caller admin,
            AdminClient.Caller service) {
        this.conversationId = conversationId;
        this.speaker = speaker;
        this.inbound = inbound;
        this.actionValue = actionValue;
        this.state = state;
        this.admin = admin;
        this.service = service;
        this.nonceAtStart = state.nonce();
    }

    public UUID conversationId() {
        return conversationId;
    }

    public Speaker speaker() {
        return speaker;
    }

    /** The typed text, or null when a button was pressed. */
    public String text() {
        return inbound.isAction() ? null : inbound.text().strip();
    }

    /** The value of the pressed button (without its nonce), or null when text was typed. */
    public String action() {
        return actionValue;
    }

    /** What a submitted form held, by field name (empty unless a form's button was accepted). */
    public Map<String, String> values() {
        return actionValue == null ? Map.of() : inbound.values();
    }

    public FlowState state() {
        return state;
    }

    /** The admin API, called as the person talking. */
    public AdminClient.Caller admin() {
        return admin;
    }

    /**
     * The admin API as the bot itself, for the few calls that establish who someone is (the student identity
     * check); never for changes made for a person.
     */
    public AdminClient.Caller service() {
        return service;
    }

    /**
     * The admin API as the person talking, with an idempotency key unique to this confirmation, so a retried or
     * replayed confirmation changes nothing twice.
     */
    public AdminClient.Caller adminOnce(String what) {
        return admin.withIdempotencyKey(conversationId + ":" + nonceAtStart + ":" + what);
    }

    /**
     * What {@code compute} answers, worked out once in this turn: a lookup the engine's question to a flow and the
     * flow's start both need (the student a message names) is then made once.
     */
    @SuppressWarnings("unchecked")
    public <T> T once(String key, Supplier<T> compute) {
        return (T) remembered.computeIfAbsent(key, k -> compute.get());
    }

    public void say(String text) {
        replies.add(new Reply.Text(text));
    }

    /**
     * Asks for the help articles on the task to go with this turn's answer, although the flow ended at once: the
     * answer is about the task (how it is done, the person's own cases), not a refusal. A flow that goes on asking
     * gets them anyway.
     */
    public void withTaskArticles() {
        taskArticles = true;
    }

    boolean wantsTaskArticles() {
        return taskArticles;
    }

    /** Puts a reply before the last one so far (or first, when there is none). */
    void insertBeforeLast(Reply reply) {
        replies.add(Math.max(0, replies.size() - 1), reply);
    }

    public void add(Reply reply) {
        replies.add(reply);
    }

    public Reply.Option option(String label, String value) {
        return new Reply.Option(label, nonce() + ":" + value);
    }

    public void choices(String prompt, List<Reply.Option> options) {
        replies.add(new Reply.Choices(prompt, options));
    }

    /** Asks to confirm a change: the summary says exactly what will change. */
    public void confirm(String summary, String confirmValue) {
        replies.add(new Reply.Confirm(
                summary, List.of(option("Yes, do it", confirmValue), option("No, cancel", "cancel"))));
    }

    /** As {@link #confirm(String, String)}, with one more way on (e.g. change a detail) between yes and no. */
    public void confirm(String summary, String confirmValue, String otherLabel, String otherValue) {
        replies.add(new Reply.Confirm(
                summary,
                List.of(
                        option("Yes, do it", confirmValue),
                        option(otherLabel, otherValue),
                        option("No, cancel", "cancel"))));
    }

    /**
     * Shows a form whose fields are sent at once with the button {@code submitLabel} ({@code submitValue} comes back
     * as the action, the fields as {@link #values()}). {@code fallback} is what channels without forms show instead:
     * a question the person answers by typing.
     */
    public void form(String prompt, String fallback, String submitLabel, String submitValue, List<Reply.Field> fields) {
        replies.add(new Reply.Form(prompt, fallback, option(submitLabel, submitValue), fields));
    }

    /**
     * Shows a list to tick: {@code options} (label, plain value), those in {@code ticked} already ticked, sent with
     * the button {@code submitLabel}; the ticked values come back through {@link #picked(String)}.
     */
    public void picks(
            String prompt,
            String field,
            List<Reply.Option> options,
            List<String> ticked,
            String submitLabel,
            String submitValue) {
        replies.add(new Reply.Picks(prompt, field, options, ticked, option(submitLabel, submitValue)));
    }

    /** The values ticked in a submitted list's {@code field} (empty when none was, or no list was sent). */
    public List<String> picked(String field) {
        String sent = values().get(field);
        if (sent == null) {
            return List.of();
        }
        return sent.lines()
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .distinct()
                .toList();
    }

    List<Reply> replies() {
        return replies;
    }

    private String nonce() {
        if (nonce == null) {
            nonce = state.rotateNonce();
        }
        return nonce;
    }
}
