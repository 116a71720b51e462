package org.examdesk.bot.flows.learners;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a learner amendment typed in a sentence: which detail ("date of birth", "DOB", "surname", "first name"),
 * the new value ("... to 3 May 2009", "... should be Amar"), and what is left to name the learner. Only the three
 * details a centre may amend (domain section 3) are read.
 */
final class AmendmentWords {
    /** The details a centre may amend, with their name in the admin API and in words. */
    enum Field {
        GIVEN_NAME("givenName", "given name"),
        FAMILY_NAME("familyName", "family name"),
        DATE_OF_BIRTH("dateOfBirth", "date of birth");

        final String api;
        final String words;

        Field(String api, String words) {
            this.api = api;
            this.words = words;
        }

        static Optional<Field> ofApi(String name) {
            return List.of(values()).stream().filter(f -> f.api.equals(name)).findFirst();
        }
    }

    private static final Pattern DOB = Pattern.compile(
            "\\b(date of birth|d\\.?o\\.?b\\.?|birth ?date|birthday|born)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern GIVEN = Pattern.compile(
            "\\b(given name|first name|firstname|forename|christian name|first names?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FAMILY =
            Pattern.compile("\\b(family name|surname|last name|lastname|second name)\\b", Pattern.CASE_INSENSITIVE);
    /** "to Amar", "should be 'Amar'", "as Amar": the new name, one to three words. */
    private static final Pattern NEW_NAME = Pattern.compile(
            "\\b(?:to|should be|should read|as|is now|=)\\s+[\"'\u2018\u201c]?(\\p{L}[\\p{L}\\p{M}'\u2019-]*(?:\\s+\\p{L}[\\p{L}\\p{M}'\u2019-]*){0,2}?)"
                    + "[\"'\u2019\u201d]?\\s*(?=$|[.,!?;]|\\s+(?:please|pls|plz|thanks|thank|ta|instead|not|for|on|asap)\\b)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern LEAD = Pattern.compile(
            "^(?:(?:it|that|her|his|their|the new one|the right one|the correct one)(?:'s| is| should be)?|should be|"
                    + "change it to|make it|to|it's)\\s+",
            Pattern.CASE_INSENSITIVE);
    /** Words that follow "to" or "should be" without being a new name ("what should it be then"). */
    private static final Set<String> NOT_A_NAME = Set.of(
            "then", "it", "that", "this", "now", "wrong", "right", "correct", "changed", "fixed", "done", "me", "them",
            "her", "him", "you", "be");

    private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M} '\u2019.-]{0,99}");

    private AmendmentWords() {}

    static Optional<Field> field(String text) {
        if (DOB.matcher(text).find()) {
            return Optional.of(Field.DATE_OF_BIRTH);
        }
        if (FAMILY.matcher(text).find()) {
            return Optional.of(Field.FAMILY_NAME);
        }
        if (GIVEN.matcher(text).find()) {
            return Optional.of(Field.GIVEN_NAME);
        }
        return Optional.empty();
    }

    /** The new value the sentence gives for {@code field}: the last date, or the name after "to". */
    static Optional<String> value(String text, Field field) {
        if (field == Field.DATE_OF_BIRTH) {
            List<Dates.Found> dates = Dates.in(text);
            return dates.isEmpty()
                    ? Optional.empty()
                    : Optional.of(dates.get(dates.size() - 1).date().toString());
        }
        Matcher m = NEW_NAME.matcher(text);
        String found = null;
        while (m.find()) {
            if (!NOT_A_NAME.contains(m.group(1).trim().toLowerCase(Locale.ROOT))) {
                found = m.group(1).trim();
            }
        }
        return Optional.ofNullable(found);
    }

    /** A value typed on its own, after "what should it be?": a date, or a name without "it should be". */
    static Optional<String> typed(String text, Field field) {
        if (field == Field.DATE_OF_BIRTH) {
            return value(text, field);
        }
        Optional<String> labelled = value(text, field);
        if (labelled.isPresent()) {
            return labelled;
        }
        String rest = LEAD.matcher(text.trim())
                .replaceFirst("")
                .replaceAll("^[\"'\u2018\u201c]|[\"'\u2019\u201d.!]+$", "")
                .trim();
        boolean name = NAME.matcher(rest).matches()
                && rest.split("\\s+").length <= 3
                && !NOT_A_NAME.contains(rest.toLowerCase(Locale.ROOT));
        return name ? Optional.of(rest) : Optional.empty();
    }

    /** The sentence without the detail's words and its new value, to find the learner in. */
    static String withoutChange(String text) {
        String rest = Dates.without(text);
        rest = NEW_NAME.matcher(rest).replaceAll(" ");
        for (Pattern p : List.of(DOB, GIVEN, FAMILY)) {
            rest = p.matcher(rest).replaceAll(" ");
        }
        return rest;
    }

    /** How a value reads: a date as "3 May 2009", a name as typed. */
    static String show(Field field, String value) {
        if (value == null) {
            return "unknown";
        }
        return field == Field.DATE_OF_BIRTH ? Dates.show(LocalDate.parse(value)) : value;
    }
}
