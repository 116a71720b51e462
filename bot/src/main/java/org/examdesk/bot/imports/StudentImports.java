package org.examdesk.bot.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.Multipart;
import org.examdesk.bot.engine.Reply;

/**
 * A file of students uploaded in the chat: forwarded to the admin API's import as the person who uploaded it
 * (the admin API checks role, centre, the 600-row limit and every row), and its report turned into replies: a
 * sentence, and the rejected rows as a table that can be downloaded.
 */
public final class StudentImports {
    public static final Set<String> EXTENSIONS = Set.of("csv", "xlsx");
    static final String IMPORTS = "/api/v1/students/imports";

    /** What the admin API answers: rows imported, rows refused with their values and reasons, a CSV of the latter. */
    record Report(int accepted, List<Rejected> rejected, String rejectedCsvUrl) {
        Report {
            rejected = rejected == null ? List.of() : rejected;
        }
    }

    record Rejected(Integer row, JsonNode values, List<String> errors) {}

    /** Imports the file as {@code admin}'s caller, with the uploader's consent warranty, and reports in replies. */
    public List<Reply> upload(AdminClient.Caller admin, String filename, String contentType, byte[] content) {
        try {
            Report report = admin.postFile(
                    IMPORTS,
                    Map.of("consent", "true"),
                    new Multipart.FilePart("file", filename, contentType, content),
                    Report.class);
            return replies(report, filename);
        } catch (AdminApiException e) {
            if (e.status() == 404 || e.status() == 405) {
                return List.of(new Reply.Text(
                        "Importing students from a file is not available here yet. " + "Nothing was imported."));
            }
            throw e;
        }
    }

    static List<Reply> replies(Report report, String filename) {
        List<Reply> replies = new ArrayList<>();
        int refused = report.rejected().size();
        String imported = report.accepted() == 1 ? "1 student" : report.accepted() + " students";
        if (refused == 0) {
            replies.add(new Reply.Text("Done: " + imported + " imported from " + filename + ". Each will get a welcome "
                    + "email to activate their results account."));
            return replies;
        }
        replies.add(new Reply.Text(
                imported + " imported from " + filename + "; " + (refused == 1 ? "1 row was" : refused + " rows were")
                        + " not imported. Fix " + (refused == 1 ? "it" : "them")
                        + " and upload just " + (refused == 1 ? "that row" : "those rows") + " again:"));
        replies.add(table(report));
        return replies;
    }

    private static Reply.Table table(Report report) {
        Set<String> names = new LinkedHashSet<>();
        for (Rejected row : report.rejected()) {
            if (row.values() != null && row.values().isObject()) {
                row.values().fieldNames().forEachRemaining(names::add);
            }
        }
        int positional = report.rejected().stream()
                .filter(r -> r.values() != null && r.values().isArray())
                .mapToInt(r -> r.values().size())
                .max()
                .orElse(0);
        List<String> columns = new ArrayList<>();
        columns.add("Row");
        columns.addAll(names);
        for (int i = 1; i <= positional && names.isEmpty(); i++) {
            columns.add("Value " + i);
        }
        columns.add("Problems");
        List<List<String>> rows =
                report.rejected().stream().map(r -> cells(r, names, positional)).toList();
        return new Reply.Table("Rows not imported", columns, rows, report.rejectedCsvUrl());
    }

    private static List<String> cells(Rejected rejected, Set<String> names, int positional) {
        List<String> cells = new ArrayList<>();
        cells.add(rejected.row() == null ? "" : rejected.row().toString());
        JsonNode values = rejected.values();
        if (!names.isEmpty()) {
            names.forEach(
                    name -> cells.add(values == null ? "" : values.path(name).asText("")));
        } else {
            for (int i = 0; i < positional; i++) {
                cells.add(values == null ? "" : values.path(i).asText(""));
            }
        }
        List<String> errors = rejected.errors() == null ? List.of() : rejected.errors();
        boolean sentences = errors.stream().allMatch(e -> e.endsWith("."));
        cells.add(String.join(sentences ? " " : "; ", errors));
        return cells;
    }
}
