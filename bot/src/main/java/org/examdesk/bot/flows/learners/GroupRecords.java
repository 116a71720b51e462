package org.examdesk.bot.flows.learners;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.examdesk.admin.client.LearnerModels.GroupRecord;
import org.examdesk.admin.client.LearnerModels.LearnerGroup;
import org.examdesk.admin.client.LearnerModels.RecordReason;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.learners.GroupWords.Field;

/** How the learner-group conversation writes a group, its invalid records and their reasons. */
final class GroupRecords {
    static final String FIX = "do:fix";
    static final String REMOVE = "do:remove";
    static final String SUBMIT = "do:submit";
    static final String ROW = "row:";

    private GroupRecords() {}

    /** "Year 10 September (year-10-september.csv, uploaded by Priya Shah): 13 records, 4 valid and 9 invalid." */
    static String summary(LearnerGroup g) {
        return g.name() + " (" + (g.fileName() == null ? "" : g.fileName() + ", ")
                + (g.owner() == null ? "" : "uploaded by " + g.owner()) + "): " + count(g.records(), "record") + ", "
                + g.valid() + " valid and " + g.invalid() + " invalid.";
    }

    static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    /** The invalid records, one line each: the row, the learner as in the file, the reasons in words. */
    static void show(Turn turn, LearnerGroup g, List<GroupRecord> invalid) {
        turn.say(summary(g));
        List<String> lines = new ArrayList<>();
        for (GroupRecord r : invalid) {
            lines.add(line(r));
        }
        if (g.invalid() > invalid.size()) {
            lines.add("... and " + (g.invalid() - invalid.size()) + " more invalid records.");
        }
        turn.say("The invalid records:\n" + String.join("\n", lines));
        turn.choices(
                "Tell me what to change, for example \"change row 4's date of birth to 03/05/2009\" or \"remove row "
                        + invalid.get(0).n() + "\", or pick:",
                List.of(
                        turn.option("Fix a record", FIX),
                        turn.option("Remove a record", REMOVE),
                        turn.option("Submit the group", SUBMIT)));
    }

    /** "Row 9: Noah Fischer, born 31/02/2010: The date of birth is not a date." */
    static String line(GroupRecord r) {
        return "Row " + r.n() + ": " + who(r) + ": " + reasons(r);
    }

    static String who(GroupRecord r) {
        String name = (blank(r.givenName()) ? "(no given name)" : r.givenName()) + " "
                + (blank(r.familyName()) ? "(no family name)" : r.familyName());
        return name + (blank(r.dateOfBirth()) ? "" : ", born " + r.dateOfBirth());
    }

    static String reasons(GroupRecord r) {
        if (r.reasons() == null || r.reasons().isEmpty()) {
            return Boolean.TRUE.equals(r.valid()) ? "valid" : "not checked yet";
        }
        return r.reasons().stream()
                .map(RecordReason::message)
                .map(m -> m.endsWith(".") ? m : m + ".")
                .collect(Collectors.joining(" "));
    }

    /** The record's value of {@code field} as in the file, quoted, or "empty". */
    static String current(GroupRecord r, Field field) {
        String v =
                switch (field) {
                    case GIVEN_NAME -> r.givenName();
                    case FAMILY_NAME -> r.familyName();
                    case DATE_OF_BIRTH -> r.dateOfBirth();
                    case GENDER -> r.gender();
                    case ULN -> r.uln();
                };
        return blank(v) ? "empty" : "\"" + v + "\"";
    }

    /** A new value as the bot writes it: a date in words, anything else quoted. */
    static String shown(Field field, String value) {
        return field == Field.DATE_OF_BIRTH && value.matches("\\d{4}-\\d{2}-\\d{2}")
                ? Dates.show(java.time.LocalDate.parse(value))
                : "\"" + value + "\"";
    }

    /** The invalid records as buttons, "Row 9: Noah Fischer". */
    static List<Reply.Option> rowOptions(Turn turn, List<GroupRecord> invalid) {
        return invalid.stream()
                .limit(10)
                .map(r -> turn.option("Row " + r.n() + ": " + r.givenName() + " " + r.familyName(), ROW + r.n()))
                .toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
