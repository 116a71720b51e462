package org.examdesk.bot.flows.students;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the filters of a student search from what staff type: statuses and their synonyms ("locked out", "never
 * activated", "activation failed", "forgot their password"), a school year ("year 11", "yr 11", "Y11"), when the
 * accounts were created ({@link CreatedWhen}), how ("imported", "by export") and mock or high-stakes access, with or
 * without, and "I added" or "created by me" (the speaker's own imports and exports). A filter the search does not have, or two that contradict each other, is a sentence saying so instead.
 */
final class FilterWords {
    /** The filters read, or the sentence saying why there are none. */
    record Read(StudentFilters filters, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    static final String CAN = "I can list students by status (locked, not activated, failed activation, forgotten "
            + "password, active), school year, when they were created (today, this week, since 1 November, in "
            + "October), how (imported or exported) and mock or high-stakes access, with or without.";

    private static final Pattern FAILED =
            Pattern.compile("\\bfail(?:ed|ing)?\\s+(?:to\\s+)?activat\\w*|\\bactivation\\s+(?:has\\s+)?failed\\b");
    private static final Pattern NOT_ACTIVATED = Pattern.compile(
            "(?:\\bnot|\\bnever|\\byet\\s+to|n'?t|\\bhavent|\\bhasnt|\\bdidnt|\\bdont)\\s+(?:yet\\s+|been\\s+|ever\\s+)?activ\\w*"
                    + "|\\bun-?activated\\b|\\bnever\\s+(?:logged|signed)\\s+in\\b");
    private static final Pattern FORGOTTEN = Pattern.compile("\\bforg[oe]t+(?:en)?\\s+(?:their\\s+|the\\s+)?pas+w\\w*");
    private static final Pattern LOCKED = Pattern.compile("(?<!un)\\blocked\\b");
    private static final Pattern ACTIVE = Pattern.compile("\\bactive\\b|\\bactivated\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:year|yr|y)\\s*(\\d{1,2})s?\\b");
    private static final Pattern MINE = Pattern.compile(
            "\\bi(?:'ve| have)?\\s+(?:added|created|imported|exported|registered|made|set\\s+up|uploaded)\\b"
                    + "|\\b(?:added|created|made|imported|registered)\\s+by\\s+me\\b|\\bmy\\s+own\\s+imports?\\b");
    private static final Pattern IMPORT =
            Pattern.compile("\\b(?:imported|by\\s+import|via\\s+import|from\\s+(?:an?\\s+|the\\s+)?import)\\b");
    private static final Pattern EXPORT = Pattern.compile(
            "\\b(?:exported|by\\s+export|via\\s+export|from\\s+(?:an?\\s+|the\\s+)?export|created\\s+by\\s+export)\\b");
    private static final Pattern HIGH_STAKES = Pattern.compile("\\bhigh[\\s-]*stakes?\\b");
    private static final Pattern MOCK = Pattern.compile("\\bmocks?\\b");
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:without|no|not|lack\\w*|missing|dont|doesnt|havent|hasnt|removed|cannot|cant)\\b|n't\\b");
    private static final Pattern UNSUPPORTED = Pattern.compile(
            "\\b(tutor\\s+group|form\\s+group|class|born|date\\s+of\\s+birth|dob|email\\s+address|series|surname)\\b");

    private FilterWords() {}

    static Read read(String typed, LocalDate today) {
        String text = typed.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        Matcher unsupported = UNSUPPORTED.matcher(text);
        if (unsupported.find()) {
            String by = unsupported.group(1).matches("born|dob") ? "date of birth" : unsupported.group(1);
            return problem("I can't search students by " + by + ". " + CAN);
        }
        List<Integer> years = new ArrayList<>();
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            years.add(Integer.parseInt(y.group(1)));
        }
        if (years.stream().distinct().count() > 1) {
            return problem("I can search one school year at a time; which one: " + join(years) + "?");
        }
        if (!years.isEmpty() && (years.get(0) < 1 || years.get(0) > 20)) {
            return problem("There is no school year " + years.get(0) + "; school years go from 1 to 20.");
        }
        List<CreatedWhen.Range> ranges = CreatedWhen.read(YEAR.matcher(text).replaceAll(" "), today);
        if (ranges.stream().distinct().count() > 1) {
            return problem("You gave two different times the accounts were created; please give one (for example "
                    + "\"this week\" or \"since 1 November\").");
        }
        CreatedWhen.Range range = ranges.isEmpty() ? new CreatedWhen.Range(null, null) : ranges.get(0);
        if (range.from() != null && range.from().isAfter(today)) {
            return problem("That date is in the future, so no account was created then.");
        }
        boolean imported = IMPORT.matcher(text).find();
        boolean exported = EXPORT.matcher(text).find();
        if (imported && exported) {
            return problem("An account is created either by import or by export, not both; which do you mean?");
        }
        Read permission = permission(text);
        if (!permission.ok()) {
            return permission;
        }
        return new Read(
                new StudentFilters(
                        statuses(text),
                        years.isEmpty() ? null : years.get(0),
                        range.from(),
                        range.to(),
                        imported ? "import" : exported ? "export" : null,
                        MINE.matcher(text).find(),
                        permission.filters() == null
                                ? null
                                : permission.filters().permission()),
                null);
    }

    private static List<String> statuses(String text) {
        Set<String> found = new LinkedHashSet<>();
        String rest = text;
        for (var status : List.of(
                new Object[] {FAILED, "FAILED_ACTIVATION"},
                new Object[] {NOT_ACTIVATED, "NOT_ACTIVATED"},
                new Object[] {FORGOTTEN, "FORGOTTEN_PASSWORD"},
                new Object[] {LOCKED, "LOCKED"},
                new Object[] {ACTIVE, "ACTIVE"})) {
            Matcher m = ((Pattern) status[0]).matcher(rest);
            if (m.find()) {
                found.add((String) status[1]);
                rest = m.replaceAll(" ");
            }
        }
        return List.copyOf(found);
    }

    /** The one permission filter the words give ({@code filters().permission()}), none, or a problem. */
    private static Read permission(String text) {
        Set<String> found = new LinkedHashSet<>();
        for (var kind : List.of(new Object[] {HIGH_STAKES, "highStakes"}, new Object[] {MOCK, "mock"})) {
            Matcher m = ((Pattern) kind[0]).matcher(text);
            while (m.find()) {
                String before = text.substring(Math.max(0, m.start() - 25), m.start());
                String name = (String) kind[1];
                found.add(
                        NEGATION.matcher(before).find()
                                ? "no" + Character.toUpperCase(name.charAt(0)) + name.substring(1)
                                : name);
            }
        }
        if (found.size() > 1) {
            return problem("I can filter by one permission at a time (with or without mock access, or with or "
                    + "without high-stakes access); which one?");
        }
        return new Read(
                found.isEmpty()
                        ? null
                        : new StudentFilters(
                                List.of(),
                                null,
                                null,
                                null,
                                null,
                                false,
                                found.iterator().next()),
                null);
    }

    private static Read problem(String sentence) {
        return new Read(null, sentence);
    }

    private static String join(List<Integer> years) {
        return String.join(
                " or ", years.stream().distinct().map(String::valueOf).toList());
    }
}
