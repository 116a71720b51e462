package org.examdesk.bot.flows.learners;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a booking request says in words: the unit ("unit 3", "U3"), the delivery method (onscreen or paper), the
 * onscreen mode (classroom/LAN, offline, online), 25 % extra time and for whom (the words after it), and any other
 * access arrangement, which only the board's Account Services team can add.
 */
final class BookWords {
    private static final Pattern UNIT = Pattern.compile("\\b(?:unit|u)\\s*(\\d{1,2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONSCREEN = Pattern.compile(
            "\\b(on-?\\s?screen|computer|online|offline|classroom|lan|digital(?:ly)?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAPER = Pattern.compile("\\bpaper(?:-?\\s?based)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXTRA = Pattern.compile(
            "\\b(?:25\\s*(?:%|per\\s?cent)\\s*)?(?:extra|additional)\\s+time\\b|\\b25\\s*(?:%|per\\s?cent)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OTHER = Pattern.compile(
            "\\b(readers?|scribes?|rest breaks?|supervised breaks?|separate room|prompter|word processor|laptop|braille"
                    + "|enlarged|modified paper|sign language|interpreter|bilingual dictionary|coloured overlay"
                    + "|(?:[1-9]|[13-9]\\d|2[0-46-9]|\\d{3})\\s*(?:%|per\\s?cent)\\s*(?:extra|additional)?\\s*time)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STRIP =
            Pattern.compile("\\b(?:unit|u)\\s*\\d{1,2}\\b|\\bwith\\b.*$", Pattern.CASE_INSENSITIVE);

    private BookWords() {}

    static Optional<String> unit(String text) {
        Matcher m = UNIT.matcher(text);
        return m.find() ? Optional.of("U" + Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** ONSCREEN, PAPER, or empty when the text says neither. */
    static Optional<String> delivery(String text) {
        if (PAPER.matcher(text).find()) {
            return Optional.of("PAPER");
        }
        return ONSCREEN.matcher(text).find() ? Optional.of("ONSCREEN") : Optional.empty();
    }

    /** CLASSROOM, OFFLINE or ONLINE, when the text names one. */
    static Optional<String> mode(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.matches("(?s).*\\b(classroom|lan)\\b.*")) {
            return Optional.of("CLASSROOM");
        }
        if (t.matches("(?s).*\\boffline\\b.*")) {
            return Optional.of("OFFLINE");
        }
        return t.matches("(?s).*\\bonline\\b.*") ? Optional.of("ONLINE") : Optional.empty();
    }

    /** The words after "extra time" (who gets it; blank for everyone), or empty when no extra time is asked for. */
    static Optional<String> extraTime(String text) {
        Matcher m = EXTRA.matcher(text);
        return m.find() ? Optional.of(text.substring(m.end())) : Optional.empty();
    }

    /** An access arrangement other than 25 % extra time, as typed. */
    static Optional<String> otherArrangement(String text) {
        Matcher m = OTHER.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The text without its unit, and without what follows "with" (the extra time and its learners). */
    static String forNames(String text) {
        return STRIP.matcher(When.without(text)).replaceAll(" ");
    }

    /** A mode as the bot writes it. */
    static String shown(String mode) {
        return switch (mode) {
            case "CLASSROOM" -> "classroom (LAN)";
            case "OFFLINE" -> "offline";
            default -> "online";
        };
    }
}
