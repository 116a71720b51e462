package org.examdesk.admin.imports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV files this feature hands out (the template, the rejected rows): UTF-8 with a BOM so spreadsheet programs
 * read accents right, CRLF line ends, and any cell a spreadsheet would run as a formula (= + - @) prefixed with '.
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
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            for (List<String> line : lines) {
                printer.printRecord(line.stream().map(RejectedCsv::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String safe(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
