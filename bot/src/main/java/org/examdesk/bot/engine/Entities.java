package org.examdesk.bot.engine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The things a message names literally: UCIs, emails, dates, case numbers, candidate numbers, a series and a
 * school year. Extraction is deliberately literal: what is not clearly there is asked for. People's names are not
 * here: a name is whatever the speaker's students match, so flows resolve them against the data through the
 * admin API ({@code NameWords} says which words could be part of one).
 */
public record Entities(
        List<String> ucis,
        List<String> emails,
        List<LocalDate> dates,
        List<String> caseNumbers,
        List<String> candidateNumbers,
        Optional<String> series,
        Optional<Integer> schoolYear) {

    static final Pattern UCI = Pattern.compile("\\b(\\d{12}[A-Za-z0-9])\\b");
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern DATE =
            Pattern.compile("\\b(\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern CASE = Pattern.compile("(?<!\\d)(\\d{8})(?!\\d)");
    private static final Pattern CANDIDATE =
            Pattern.compile("\\bcandidate\\s+(?:number\\s+|no\\.?\\s*|#)?(\\d{1,4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SERIES =
            Pattern.compile("\\b(june|november|summer|winter)(?:\\s+(\\d{4}))?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b(?:year|yr|y)\\s*(\\d{1,2})\\b", Pattern.CASE_INSENSITIVE);

    public static Entities extract(String text) {
        return new Entities(
                all(UCI, text, 1, true),
                all(EMAIL, text, 0, false),
                dates(text),
                all(CASE, text, 1, false),
                all(CANDIDATE, text, 1, false),
                series(text),
                year(text));
    }

    private static List<String> all(Pattern pattern, String text, int group, boolean upper) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String value = m.group(group);
            found.add(upper ? value.toUpperCase(Locale.ROOT) : value);
        }
        return found;
    }

    private static List<LocalDate> dates(String text) {
        List<LocalDate> found = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            parseDate(m.group(1)).ifPresent(found::add);
        }
        return found;
    }

    /** Dates as people type them in the UK: day first, or ISO. */
    public static Optional<LocalDate> parseDate(String raw) {
        String value = raw.trim().replace('.', '/').replace('-', '/');
        for (String pattern : List.of("uuuu/MM/dd", "d/M/uuuu", "d/M/uu")) {
            try {
                return Optional.of(LocalDate.parse(
                        value, DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT)));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static Optional<String> series(String text) {
        Matcher m = SERIES.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String season = m.group(1).toLowerCase(Locale.ROOT);
        String month = season.equals("summer") ? "june" : season.equals("winter") ? "november" : season;
        return Optional.of(m.group(2) == null ? month : month + "-" + m.group(2));
    }

    private static Optional<Integer> year(String text) {
        Matcher m = YEAR.matcher(text);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }
}
