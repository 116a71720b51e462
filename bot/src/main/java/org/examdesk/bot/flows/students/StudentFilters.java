package org.examdesk.bot.flows.students;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.examdesk.admin.client.StudentModels.Student;
import org.examdesk.bot.engine.Reply;

/**
 * The filters of a student search read from a message, as the admin API's {@code GET /api/v1/students} takes them:
 * statuses (any of), a school year, a creation range, how the accounts were created ({@code import} or
 * {@code export}), whether the speaker's own imports and exports made them, and a permission ({@code mock}, {@code highStakes}, {@code noMock}, {@code noHighStakes}).
 * Nothing given means every student the speaker may see.
 */
record StudentFilters(
        List<String> statuses,
        Integer schoolYear,
        LocalDate createdFrom,
        LocalDate createdTo,
        String createdBy,
        boolean createdByMe,
        String permission) {

    static final List<String> REACTIVATABLE = List.of("LOCKED", "FAILED_ACTIVATION");
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    StudentFilters {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
    }

    /** The query parameters of the search (without paging or sort). */
    Map<String, String> query() {
        Map<String, String> q = new LinkedHashMap<>();
        if (!statuses.isEmpty()) {
            q.put("status", String.join(",", statuses));
        }
        put(q, "schoolYear", schoolYear);
        put(q, "createdFrom", createdFrom);
        put(q, "createdTo", createdTo);
        put(q, "createdBy", createdBy);
        put(q, "createdByMe", createdByMe ? "true" : null);
        put(q, "permission", permission);
        return q;
    }

    /** The same filters, the statuses narrowed to those a reactivation applies to (empty when none is left). */
    List<String> reactivatable() {
        return statuses.isEmpty()
                ? REACTIVATABLE
                : statuses.stream().filter(REACTIVATABLE::contains).toList();
    }

    StudentFilters withStatuses(List<String> only) {
        return new StudentFilters(only, schoolYear, createdFrom, createdTo, createdBy, createdByMe, permission);
    }

    /** The filters in words, after "students": "in year 11, locked, created since 1 Nov 2026". */
    String described() {
        List<String> parts = new ArrayList<>();
        if (schoolYear != null) {
            parts.add("in year " + schoolYear);
        }
        if (!statuses.isEmpty()) {
            parts.add(String.join(" or ", statuses.stream().map(Wording::status).toList()));
        }
        if (createdFrom != null || createdTo != null || createdBy != null || createdByMe) {
            parts.add(created());
        }
        if (permission != null) {
            parts.add(
                    switch (permission) {
                        case "mock" -> "with mock access";
                        case "noMock" -> "without mock access";
                        case "highStakes" -> "with high-stakes access";
                        default -> "without high-stakes access";
                    });
        }
        return parts.isEmpty() ? "at your centre" : String.join(", ", parts);
    }

    /** "created on 6 Dec 2026", "imported by you since 1 Nov 2026", "exported". */
    private String created() {
        String verb = createdBy == null ? "created" : createdBy.equals("import") ? "imported" : "exported";
        String who = createdByMe ? " by you" : "";
        String when;
        if (createdFrom == null && createdTo == null) {
            when = "";
        } else if (createdFrom != null && createdFrom.equals(createdTo)) {
            when = " on " + SHOWN.format(createdFrom);
        } else if (createdTo == null) {
            when = " since " + SHOWN.format(createdFrom);
        } else if (createdFrom == null) {
            when = " up to " + SHOWN.format(createdTo);
        } else {
            when = " " + SHOWN.format(createdFrom) + " to " + SHOWN.format(createdTo);
        }
        return verb + who + when;
    }

    /** Students as the table the chat shows: name, UCI, year, status and the day created (UK time). */
    static Reply.Table table(String title, List<Student> students) {
        return new Reply.Table(
                title,
                List.of("Name", "UCI", "Year", "Status", "Created"),
                students.stream()
                        .map(s -> List.of(
                                StudentPicker.name(s),
                                s.uci(),
                                s.schoolYear() == null ? "" : s.schoolYear().toString(),
                                Wording.status(s.status()),
                                s.createdAt() == null
                                        ? ""
                                        : SHOWN.format(s.createdAt().atZone(UK))))
                        .toList(),
                null);
    }

    private static void put(Map<String, String> q, String name, Object value) {
        if (value != null) {
            q.put(name, value.toString());
        }
    }
}
