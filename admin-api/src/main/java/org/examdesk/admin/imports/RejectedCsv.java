package org.examdesk.admin.imports;

import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.files.SafeCsv;

/**
 * CSV files this feature hands out (the template, the rejected rows), written by {@link SafeCsv}: UTF-8 with a
 * BOM, and any cell a spreadsheet would run as a formula prefixed with '.
 */
final class RejectedCsv {
    private RejectedCsv() {}

    static String template() {
        return write(List.of(ImportColumns.headers()));
    }

    static String of(List<ImportValidator.Rejected> rejected) {
        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("Row");
        header.addAll(ImportColumns.headers());
        header.add("Errors");
        lines.add(header);
        for (ImportValidator.Rejected r : rejected) {
            List<String> line = new ArrayList<>();
            line.add(String.valueOf(r.row()));
            line.addAll(r.values().values());
            line.add(String.join(" ", r.errors()));
            lines.add(line);
        }
        return write(lines);
    }

    static String write(List<List<String>> lines) {
        return SafeCsv.write(lines);
    }
}
