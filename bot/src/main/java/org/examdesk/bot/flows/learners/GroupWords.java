package org.examdesk.bot.flows.learners;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examdesk.admin.client.LearnerModels.GroupRecord;
import org.examdesk.bot.flows.learners.GroupState.Change;
import org.examdesk.bot.understanding.Words;

/**
 * What people type about a learner group's records: the row ("row 4", "record 12", "line 9", or the learner's name
 * as in the file), the field ("date of birth", "DOB", "surname", "ULN"), the new value ("to 03/05/2009") and what
 * they want done ("remove", "submit"). Fields are the API's: givenName, familyName, dateOfBirth, gender, uln.
 */
final class GroupWords {
    /** A record's fields: the API's name and the words the bot writes. */
    enum Field {
        GIVEN_NAME("givenName", "given name", "\\b(given ?name|first ?name|forename|christian name)\\b"),
        FAMILY_NAME("familyName", "family name", "\\b(family ?name|surname|last ?name)\\b"),
        DATE_OF_BIRTH(
                "dateOfBirth", "date of birth", "\\b(date of birth|dob|d\\.o\\.b\\.?|birthday|birth ?date|born)\\b"),
        GENDER("gender", "gender", "\\b(gender|sex)\\b"),
        ULN("uln", "ULN", "\\b(uln|unique learner number)\\b");

        final String api;
        final String words;
        private final Pattern pattern;

        Field(String api, String words, String regex) {
            this.api = api;
            this.words = words;
            this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        }

        static Optional<Field> ofApi(String api) {
            return List.of(values()).stream().filter(f -> f.api.equals(api)).findFirst();
        }
    }

    private static final Pattern ROW = Pattern.compile("\\b(?:row|record|line|no\\.?|number|#)\\s*(\\d{1,6})\\b");
    private static final Pattern NEW_VALUE =
            Pattern.compile("(?:\\bto\\b|\\bshould be\\b|\\bis\\b|\\bas\\b|=|:)\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern REMOVE = Pattern.compile("\\b(remove|delete|drop|take out|get rid of|bin)\\b");
    private static final Pattern SUBMIT =
            Pattern.compile("\\b(submit|send (it |them )?(off|in)|create the learners)\\b");
    private static final Pattern FIX = Pattern.compile("\\b(fix|change|correct|amend|edit|update|set)\\b");

    private GroupWords() {}

    /** The record the text names: a row number among {@code records}, or a learner's name as in the file. */
    static Optional<Integer> row(String text, List<GroupRecord> records) {
        Matcher m = ROW.matcher(text.toLowerCase(Locale.ROOT));
        if (m.find()) {
            return Optional.of(Integer.parseInt(m.group(1)));
        }
        String t = " " + Words.fold(text).replaceAll("[^a-z0-9' -]", " ") + " ";
        List<GroupRecord> named = records.stream()
                .filter(r -> named(t, r.givenName()) && (named(t, r.familyName()) || blank(r.familyName())))
                .toList();
        if (named.size() != 1) {
            named = records.stream()
                    .filter(r -> named(t, r.givenName()) || named(t, r.familyName()))
                    .toList();
        }
        return named.size() == 1 ? Optional.of(named.get(0).n()) : Optional.empty();
    }

    private static boolean named(String folded, String name) {
        return !blank(name) && name.length() < 40 && folded.contains(" " + Words.fold(name) + " ")
                || !blank(name) && folded.contains(" " + Words.fold(name) + "'s ");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static Optional<Field> field(String text) {
        return List.of(Field.values()).stream()
                .filter(f -> f.pattern.matcher(text).find())
                .findFirst();
    }

    /** What the person asks to do with a record or the group, if they say. */
    static Optional<Change> change(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (REMOVE.matcher(t).find()) {
            return Optional.of(Change.REMOVE);
        }
        if (SUBMIT.matcher(t).find()) {
            return Optional.of(Change.SUBMIT);
        }
        return FIX.matcher(t).find() || field(text).isPresent() ? Optional.of(Change.FIX) : Optional.empty();
    }

    /** The new value in a whole request ("change row 4's date of birth to 03/05/2009"), after "to", "is", ... */
    static Optional<String> value(String text, Field field) {
        Matcher m = NEW_VALUE.matcher(text);
        String after = null;
        while (m.find()) {
            after = m.group(1);
            m.region(m.start(1), text.length());
        }
        return after == null ? Optional.empty() : typed(after, field);
    }

    /** A value typed on its own, for {@code field}: a date as yyyy-MM-dd, a ULN's digits, a name or gender as typed. */
    static Optional<String> typed(String text, Field field) {
        String v = text.strip()
                .replaceAll("^[\"'\u201c\u2018]|[\"'\u201d\u2019.!]$", "")
                .strip();
        if (v.isEmpty() || v.length() > 100) {
            return Optional.empty();
        }
        return switch (field) {
            case DATE_OF_BIRTH -> Dates.only(v).map(Object::toString);
            case ULN -> v.replaceAll("[\\s-]", "").matches("\\d{1,20}")
                    ? Optional.of(v.replaceAll("[\\s-]", ""))
                    : Optional.empty();
            case GENDER -> Optional.of(v.substring(0, 1).toUpperCase(Locale.ROOT) + v.substring(1));
            default -> Optional.of(v);
        };
    }

    /** The group name in the text sent with a file: "Year 11 resits", "call it Year 11 resits", "name: ...". */
    static Optional<String> groupName(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.strip()
                .replaceAll(
                        "(?i)^(please )?(call it|name it|named|group name|name|the group is|group)\\s*[:=-]?\\s*", "")
                .replaceAll("^[\"'\u201c\u2018]|[\"'\u201d\u2019]$", "")
                .strip();
        return name.isEmpty() || name.length() > 100 ? Optional.empty() : Optional.of(name);
    }
}
