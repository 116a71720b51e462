package org.examdesk.admin.files;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV files ExamDesk hands out: UTF-8 with a BOM so spreadsheet programs read accents right, CRLF line ends, and
 * any cell a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) prefixed with '
 * so it opens as the text it is.
 */
public final class SafeCsv {
    private SafeCsv() {}

    public static String write(List<List<String>> lines) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            for (List<String> line : lines) {
                printer.printRecord(line.stream().map(SafeCsv::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The cell as written: a formula-like cell with ' in front, anything else as it is (null as empty). */
    static String safe(String cell) {
        if (cell == null) {
            return "";
        }
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
