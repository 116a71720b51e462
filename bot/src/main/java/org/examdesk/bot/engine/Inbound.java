package org.examdesk.bot.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the person sent: typed text, or the value of a button they pressed; a form is its submit button's value
 * with the fields' values. Exactly one of text and action is set.
 */
public record Inbound(
        String text, String action, @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> values) {
    public static final int MAX_TEXT = 4_000;
    /** A form field may hold a case description, so more than a message. */
    public static final int MAX_FIELD = 10_000;

    public static final int MAX_FIELDS = 20;

    public Inbound {
        Map<String, String> kept = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((name, value) -> {
                if (name != null && value != null) {
                    kept.put(name, value);
                }
            });
        }
        values = Collections.unmodifiableMap(kept);
    }

    public static Inbound text(String text) {
        return new Inbound(text, null, Map.of());
    }

    public static Inbound action(String value) {
        return new Inbound(null, value, Map.of());
    }

    /** A submitted form: the submit button's value and what was filled in, by field name. */
    public static Inbound form(String submitValue, Map<String, String> values) {
        return new Inbound(null, submitValue, values);
    }

    /** Why a form's values cannot be taken (too many fields, a name or value too long), or null when they can. */
    public static String valuesProblem(Map<String, String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > MAX_FIELDS) {
            return "A form has at most " + MAX_FIELDS + " fields.";
        }
        for (Map.Entry<String, String> field : values.entrySet()) {
            if (field.getKey() == null || field.getKey().length() > 50) {
                return "A form field name is missing or too long.";
            }
            if (field.getValue() != null && field.getValue().length() > MAX_FIELD) {
                return "A form field is limited to " + String.format("%,d", MAX_FIELD) + " characters.";
            }
        }
        return null;
    }

    public boolean isAction() {
        return action != null;
    }
}
