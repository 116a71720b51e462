package org.examdesk.bot.engine;

/** What the person sent: typed text, or the value of a button they pressed. Exactly one is set. */
public record Inbound(String text, String action) {
    public static final int MAX_TEXT = 4_000;

    public static Inbound text(String text) {
        return new Inbound(text, null);
    }

    public static Inbound action(String value) {
        return new Inbound(null, value);
    }

    public boolean isAction() {
        return action != null;
    }
}
