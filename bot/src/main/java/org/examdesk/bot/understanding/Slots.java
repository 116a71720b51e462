package org.examdesk.bot.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an answer typed inside a flow as the answer to the question asked: the address in "her new email is x@y",
 * a reason in the person's own words, a number of days, one of the offered choices, yes or no.
 */
public final class Slots {
    /** The answer to "how many days?": a number, or why there is none. */
    public record Days(Optional<Integer> days, boolean ambiguous) {}

    public enum YesNo {
        YES,
        NO,
        UNCLEAR
    }

    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern NEW_MARKER = Pattern.compile("\\b(to|new|now|should be|is|correct|right)\\b\\W*$");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("zero", 0),
            Map.entry("no", 0),
            Map.entry("none", 0),
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("couple of", 2),
            Map.entry("a couple of", 2));
    private static final String NUMBER = "(\\d+|zero|none|no|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|thirteen|fourteen|(?:a )?couple of)";
    private static final Pattern AMOUNT = Pattern.compile(NUMBER + "\\s*(days?|weeks?|fortnights?)?");
    private static final Pattern RANGE = Pattern.compile("\\b(\\d+|" + NUMBER.substring(1) + "\\s*(days?|weeks?)?\\s*"
            + "(or|to|-|\u2013|/|and)\\s*" + NUMBER + "\\s*(days?|weeks?)?");
    private static final Pattern VAGUE = Pattern.compile(
            "\\b(few|several|some|couple|ish|about|around|roughly|maybe|" + "not sure|dunno|either)\\b");
    private static final Pattern NO_DELAY = Pattern.compile("\\b(no delay|none|straight away|immediately|right away|"
            + "no wait|don'?t delay|zero|same day|on the day)\\b");
    private static final List<String> ORDINALS = List.of(
            "first|1st|top",
            "second|2nd",
            "third|3rd",
            "fourth|4th",
            "fifth|5th",
            "sixth|6th",
            "seventh|7th",
            "eighth|8th");
    private static final List<String> CARDINALS =
            List.of("one", "two", "three", "four", "five", "six", "seven", "eight");
    /** School years in words, from year seven. */
    private static final List<String> YEAR_WORDS =
            List.of("seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen");

    private static final Pattern YES = Pattern.compile("^(y|yes|yeah|yep|yup|yea|ya|sure|ok|okay|k|correct|right|"
            + "confirm(ed)?|go ahead|go for it|do it|please do|absolutely|definitely|of course|affirmative|"
            + "sounds good|that'?s right|that'?s fine|fine|proceed|agreed|aye)\\b");
    private static final Pattern NO = Pattern.compile("^(n|no|nope|nah|don'?t|do not|stop|cancel|wait|hold on|"
            + "not yet|never ?mind|negative|leave it|abort)\\b");

    private Slots() {}

    /**
     * The new address in an answer or a request: of the addresses given, not {@code current}, the one after
     * "to" / "new" / "is" if any, else the last one.
     */
    public static Optional<String> newEmail(String text, String current) {
        Matcher m = EMAIL.matcher(text);
        List<String> found = new ArrayList<>();
        String marked = null;
        while (m.find()) {
            String email = m.group();
            if (current != null && email.equalsIgnoreCase(current)) {
                continue;
            }
            found.add(email);
            if (marked == null
                    && NEW_MARKER
                            .matcher(text.substring(0, m.start()).toLowerCase(Locale.ROOT))
                            .find()) {
                marked = email;
            }
        }
        return marked != null ? Optional.of(marked) : found.stream().reduce((a, b) -> b);
    }

    /** Every address in the text, in order. */
    public static List<String> emails(String text) {
        Matcher m = EMAIL.matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /**
     * A number of days, as typed: "3", "three days", "a week", "a fortnight", "no delay". "3 or 4 days", "a few
     * days" and "a week or two" are ambiguous: the flow asks again.
     */
    public static Days days(String text) {
        String t = Words.fold(text).replace('\u2019', '\'').trim();
        if (RANGE.matcher(t).find() || VAGUE.matcher(t).find()) {
            return new Days(Optional.empty(), true);
        }
        if (NO_DELAY.matcher(t).find()) {
            return new Days(Optional.of(0), false);
        }
        Matcher m = AMOUNT.matcher(t);
        List<Integer> amounts = new ArrayList<>();
        while (m.find()) {
            String unit = m.group(2);
            if (m.group(1).matches("an?|no") && unit == null) {
                continue; // "a" or "no" alone is a word, not a number
            }
            int n = m.group(1).matches("\\d+")
                    ? Integer.parseInt(m.group(1).length() > 6 ? "9999999" : m.group(1))
                    : NUMBERS.get(m.group(1));
            int factor = unit == null || unit.startsWith("day") ? 1 : unit.startsWith("week") ? 7 : 14;
            amounts.add(n * factor);
        }
        if (amounts.size() != 1) {
            return new Days(Optional.empty(), amounts.size() > 1);
        }
        return new Days(Optional.of(amounts.get(0)), false);
    }

    /** Which of the offered choices an answer picks ("the second one", "the year 12 one", a name); -1 for none. */
    public static int choice(String text, List<String> labels) {
        String t = Words.fold(text)
                .replaceAll("[^a-z0-9 ]", " ")
                .replaceAll(" +", " ")
                .trim();
        if (labels.isEmpty()) {
            return -1;
        }
        if (t.matches(".*\\b(last|bottom)\\b.*")) {
            return labels.size() - 1;
        }
        Matcher year = Pattern.compile("\\b(?:year|yr|y) ?(\\d{1,2}|" + String.join("|", YEAR_WORDS) + ")\\b")
                .matcher(t);
        if (year.find()) {
            String n = year.group(1).matches("\\d+")
                    ? year.group(1)
                    : String.valueOf(YEAR_WORDS.indexOf(year.group(1)) + 7);
            return unique(labels, "year " + n + ",", "year " + n);
        }
        if (t.matches(".*\\bmiddle\\b.*") && labels.size() == 3) {
            return 1;
        }
        for (int i = 0; i < Math.min(labels.size(), ORDINALS.size()); i++) {
            if (Pattern.compile("\\b(" + ORDINALS.get(i) + ")\\b").matcher(t).find()) {
                return i;
            }
        }
        // a bare number: "2", "no 2", "option 3", "number two"
        Matcher number = Pattern.compile("^(?:(?:the )?(?:option|number|no|choice|#) ?)?(\\d|"
                        + String.join("|", CARDINALS) + ")(?: one| please| pls)?$")
                .matcher(t);
        if (number.find()) {
            String n = number.group(1);
            int i = n.matches("\\d") ? Integer.parseInt(n) - 1 : CARDINALS.indexOf(n);
            return i >= 0 && i < labels.size() ? i : -1;
        }
        Matcher uci = Pattern.compile("\\b\\d{12}[a-z0-9]\\b").matcher(t);
        if (uci.find()) {
            return unique(labels, uci.group(), uci.group());
        }
        return -1;
    }

    private static int unique(List<String> labels, String exact, String loose) {
        int found = -1;
        for (int i = 0; i < labels.size(); i++) {
            String label = Words.fold(labels.get(i)) + ",";
            if (label.contains(exact) || label.contains(loose + ",")) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /** A typed answer to "shall I do it?". */
    public static YesNo yesNo(String text) {
        String t = Words.fold(text)
                .replace('\u2019', '\'')
                .replaceAll("[^a-z' ]", " ")
                .trim()
                .replaceAll(" +", " ");
        boolean yes = YES.matcher(t).find();
        boolean no = NO.matcher(t).find();
        return yes == no ? YesNo.UNCLEAR : yes ? YesNo.YES : YesNo.NO;
    }

    /** A removal reason in the person's own words, as one of the allowed reasons, if it is one. */
    public static Optional<String> removalReason(String text) {
        String t = Words.fold(text);
        if (t.matches(".*\\b(secur\\w*|breach\\w*|hack\\w*|compromis\\w*|leak\\w*|phish\\w*|stolen|"
                + "shared (his|her|their)? ?(password|login|details)|someone else (has been |is |was )?(logg\\w*|got|signing|signed)|"
                + "password (was )?(shared|given)|unauthori[sz]ed)\\b.*")) {
            return Optional.of("SECURITY_BREACH");
        }
        if (t.matches(".*\\b(misus\\w*|cheat\\w*|malpractice|misconduct|abus\\w*|copy\\w*|copied|plagiar\\w*|"
                + "screenshot\\w*|posted|posting|sharing results|fraud\\w*|tamper\\w*)\\b.*")) {
            return Optional.of("SUSPECTED_MISUSE");
        }
        if (t.matches(".*\\b(welfare|safeguard\\w*|wellbeing|well being|distress\\w*|mental health|vulnerable|"
                + "upset\\w*|anxi\\w*|at risk|pastoral|concern\\w*)\\b.*")) {
            return Optional.of("WELFARE_CONCERN");
        }
        return Optional.empty();
    }
}
