package org.examdesk.bot.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The state of a conversation's guided flow, kept as JSON in the database between turns: which flow, which
 * step, what it has gathered, and the nonce that every button of the latest turn carries. A button whose nonce
 * is not the current one comes from an earlier step or another conversation and is refused.
 *
 * <p>Each flow keeps what it gathers in a record of its own ({@link #read}, {@link #write}) and its steps as an
 * enum; the engine keeps its own notes ({@link Notes}) beside them. This class is the only place that knows the
 * stored JSON: {@code {"flow": "open_case", "step": "contact_email", "data": {...the flow's record...},
 * "engine": {...}, "nonce": "..."}}, with steps in lower case and absent values left out, so a stored
 * conversation reads plainly and carries on after a restart or on another node.
 */
public final class FlowState {
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * Configured once and never changed: records in and out, dates as ISO text, absent values left out, enum values
     * read whatever their case (so values stored in lower case by earlier versions still read).
     */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private static final String FLOW = "flow";
    private static final String STEP = "step";
    private static final String DATA = "data";
    private static final String ENGINE = "engine";
    private static final String NONCE = "nonce";
    /** Set while the question asked wants a secret answer: the admin API stores that answer masked. */
    private static final String SECRET_ANSWER = "secretAnswer";

    /**
     * What the engine itself remembers between turns, beside the flow's own record: the question whose task it
     * offered, and the new request it asked about leaving the current flow for.
     */
    record Notes(String offerText, String pendingText) {
        static final Notes NONE = new Notes(null, null);

        Notes withPendingText(String text) {
            return new Notes(offerText, text);
        }
    }

    private final ObjectNode node;

    private FlowState(ObjectNode node) {
        this.node = node;
    }

    public static FlowState of(JsonNode stored) {
        ObjectNode copy = stored != null && stored.isObject()
                ? ((ObjectNode) stored).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        if (!copy.has(DATA) || !copy.get(DATA).isObject()) {
            copy.putObject(DATA);
        }
        keepEarlierNotes(copy);
        return new FlowState(copy);
    }

    /** Earlier versions kept the engine's notes among the flow's data: they move to their own place. */
    private static void keepEarlierNotes(ObjectNode state) {
        ObjectNode data = (ObjectNode) state.get(DATA);
        for (String note : List.of("offerText", "pendingText")) {
            JsonNode value = data.remove(note);
            if (value != null && !state.path(ENGINE).isObject()) {
                state.putObject(ENGINE);
            }
            if (value != null) {
                ((ObjectNode) state.get(ENGINE)).set(note, value);
            }
        }
    }

    public String flow() {
        return node.path(FLOW).asText(null);
    }

    /**
     * The current step as one of the flow's {@code steps}, or null when no flow is under way or the stored step is
     * not one of them. A step stored before steps were written in lower case with underscores ("contactName") is
     * still read as its constant (CONTACT_NAME).
     */
    public <E extends Enum<E>> E step(Class<E> steps) {
        String stored = node.path(STEP).asText(null);
        if (stored == null) {
            return null;
        }
        String wanted = comparable(stored);
        for (E step : steps.getEnumConstants()) {
            if (comparable(step.name()).equals(wanted)) {
                return step;
            }
        }
        return null;
    }

    /** Whether the current step is {@code step}. */
    public boolean at(Enum<?> step) {
        String stored = node.path(STEP).asText(null);
        return stored != null && comparable(stored).equals(comparable(step.name()));
    }

    /** What the flow has gathered so far, as its own record (every field absent when nothing is stored yet). */
    public <T> T read(Class<T> type) {
        try {
            return JSON.treeToValue(node.get(DATA), type);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "The stored state of flow " + flow() + " does not fit " + type.getSimpleName(), e);
        }
    }

    /** Keeps {@code data} (the flow's record) in place of what the flow had gathered. */
    public void write(Object data) {
        JsonNode tree = JSON.valueToTree(data);
        node.set(DATA, tree != null && tree.isObject() ? tree : JsonNodeFactory.instance.objectNode());
    }

    public void enter(String flow, Enum<?> step) {
        node.put(FLOW, flow);
        step(step);
    }

    public void step(Enum<?> step) {
        node.put(STEP, stored(step));
    }

    /**
     * Says that the next message answers a question whose answer is personal (a date of birth, a UCI): the admin
     * API keeps it in the transcript masked ({@code **}{@code /**}{@code /2009}). It holds for one message only.
     */
    public void awaitSecretAnswer() {
        node.put(SECRET_ANSWER, true);
    }

    /** The message now handled was the one awaited: the next is not secret unless asked again. */
    void secretAnswerReceived() {
        node.remove(SECRET_ANSWER);
    }

    /** Ends the flow: the next message starts afresh. The nonce stays so old buttons remain refused. */
    public void clear() {
        node.remove(FLOW);
        node.remove(STEP);
        node.remove(ENGINE);
        node.remove(SECRET_ANSWER);
        node.putObject(DATA);
    }

    Notes notes() {
        JsonNode notes = node.get(ENGINE);
        if (notes == null || !notes.isObject()) {
            return Notes.NONE;
        }
        try {
            return JSON.treeToValue(notes, Notes.class);
        } catch (Exception e) {
            return Notes.NONE;
        }
    }

    void notes(Notes notes) {
        node.set(ENGINE, JSON.valueToTree(notes));
    }

    public String nonce() {
        return node.path(NONCE).asText("");
    }

    /** A new nonce: every button shown from now on carries it, and every older button stops working. */
    String rotateNonce() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        String nonce = HexFormat.of().formatHex(bytes);
        node.put(NONCE, nonce);
        return nonce;
    }

    public JsonNode toJson() {
        return node;
    }

    private static String stored(Enum<?> step) {
        return step.name().toLowerCase(Locale.ROOT);
    }

    private static String comparable(String step) {
        return step.replace("_", "").toLowerCase(Locale.ROOT);
    }
}
