package org.examdesk.admin.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks a personal answer (a date of birth, a UCI) before it is stored in a transcript that agents read: in a date
 * every letter and digit but the year becomes {@code *} ({@code 14/03/2009} is kept as {@code **}{@code /**}{@code
 * /2009}); in anything else all but the last four. Enough for a person to recognise, not enough to give it away.
 */
final class Masking {
    private static final int KEPT = 4;
    /** A year standing on its own in a date: kept, the day and month masked, whatever the order. */
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19|20)[0-9]{2}(?![0-9])");

    private Masking() {}

    /** The message with its {@code text} masked; a message without text is kept as it is. */
    static JsonNode masked(JsonNode message) {
        if (message == null || !message.isObject() || !message.path("text").isTextual()) {
            return message;
        }
        ObjectNode copy = ((ObjectNode) message).deepCopy();
        copy.put("text", masked(message.get("text").asText()));
        return copy;
    }

    static String masked(String text) {
        Matcher year = YEAR.matcher(text);
        if (year.find()) {
            return stars(text.substring(0, year.start())) + year.group() + stars(text.substring(year.end()));
        }
        int alphanumerics =
                (int) text.chars().filter(Character::isLetterOrDigit).count();
        int toMask = Math.max(0, alphanumerics - KEPT);
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (Character.isLetterOrDigit(c) && toMask > 0) {
                out.append('*');
                toMask--;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String stars(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(Character.isLetterOrDigit(c) ? '*' : c);
        }
        return out.toString();
    }
}
