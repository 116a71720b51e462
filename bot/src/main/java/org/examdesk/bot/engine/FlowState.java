package org.examdesk.bot.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The state of a conversation's guided flow, kept as JSON in the database between turns: which flow, which
 * step, what it has gathered, and the nonce that every button of the latest turn carries. A button whose nonce
 * is not the current one comes from an earlier step or another conversation and is refused.
 */
public final class FlowState {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ObjectNode node;

    private FlowState(ObjectNode node) {
        this.node = node;
    }

    public static FlowState of(JsonNode stored) {
        ObjectNode copy = stored != null && stored.isObject() ? ((ObjectNode) stored).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        if (!copy.has("data") || !copy.get("data").isObject()) {
            copy.putObject("data");
        }
        return new FlowState(copy);
    }

    public String flow() {
        return node.path("flow").asText(null);
    }

    public String step() {
        return node.path("step").asText(null);
    }

    /** What the flow has gathered so far; flows read and write their own fields here. */
    public ObjectNode data() {
        return (ObjectNode) node.get("data");
    }

    public void enter(String flow, String step) {
        node.put("flow", flow);
        node.put("step", step);
    }

    public void step(String step) {
        node.put("step", step);
    }

    /** Ends the flow: the next message starts afresh. The nonce stays so old buttons remain refused. */
    public void clear() {
        node.remove("flow");
        node.remove("step");
        node.putObject("data");
    }

    public String nonce() {
        return node.path("nonce").asText("");
    }

    /** A new nonce: every button shown from now on carries it, and every older button stops working. */
    String rotateNonce() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        String nonce = HexFormat.of().formatHex(bytes);
        node.put("nonce", nonce);
        return nonce;
    }

    public JsonNode toJson() {
        return node;
    }
}
