package org.examdesk.admin.learners.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.examdesk.admin.files.SafeCsv;
import org.examdesk.admin.learners.intake.Problem;

/**
 * The CSV files of learner groups, written by {@link SafeCsv} (a formula a file brought in goes back out as text):
 * the template, and a group's records with their reasons, to fix in a spreadsheet.
 */
final class GroupCsv {
    private GroupCsv() {}

    static String template() {
        return SafeCsv.write(List.of(GroupColumns.headers()));
    }

    static String records(List<RecordView> records) {
        List<List<String>> lines = new ArrayList<>(records.size() + 1);
        List<String> header = new ArrayList<>();
        header.add("Row");
        header.addAll(GroupColumns.headers());
        header.addAll(List.of("Valid", "Reasons", "Learner id"));
        lines.add(header);
        for (RecordView r : records) {
            lines.add(List.of(
                    String.valueOf(r.n()),
                    r.givenName(),
                    r.familyName(),
                    r.dateOfBirth(),
                    r.gender(),
                    r.uln(),
                    r.valid() == null ? "not checked yet" : r.valid() ? "yes" : "no",
                    r.reasons().stream().map(Problem::message).collect(Collectors.joining(" ")),
                    r.learnerRef() == null ? "" : r.learnerRef()));
        }
        return SafeCsv.write(lines);
    }
}
