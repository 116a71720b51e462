package org.examdesk.admin.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.examdesk.admin.files.Line;
import org.examdesk.admin.files.UploadedText;
import org.examdesk.admin.files.XlsxRows;
import org.examdesk.admin.web.ApiException;

/**
 * Turns an uploaded file into rows in template order. CSV in UTF-8 (with or without BOM), UTF-16 with BOM, or
 * Windows-1252; comma, semicolon or tab separated; any line ending. An .xlsx workbook (recognised by its bytes,
 * whatever its name) is read by {@link XlsxRows}. A file that cannot be read at all is a 4xx naming why.
 */
final class ImportFileReader {
    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");

    /** The rows of {@code bytes}; at most {@code rowLimit} data rows, else a 422 naming the limit. */
    List<ImportRow> read(byte[] bytes, int rowLimit) {
        if (bytes.length == 0) {
            throw ImportFileException.invalid(
                    "The file is empty. Use the template: a header line, then one student per line.");
        }
        if (UploadedText.isZip(bytes)) {
            List<Line> lines = XlsxRows.read(
                            bytes, rowLimit, h -> ImportColumns.match(h) == ImportColumns.DATE_OF_BIRTH)
                    .orElseThrow(() -> ImportFileException.unsupported("This file looks like a zip archive but cannot "
                            + "be read as an .xlsx workbook. Open it in your spreadsheet program and save it as .xlsx "
                            + "or CSV."));
            return new Header(lines).rows(rowLimit);
        }
        String text = UploadedText.decode(bytes);
        if (UploadedText.looksBinary(text)) {
            throw ImportFileException.unsupported("This file is not a CSV or an .xlsx workbook. Save the spreadsheet "
                    + "as CSV or upload the .xlsx file itself.");
        }
        return new Header(parseCsv(text, rowLimit)).rows(rowLimit);
    }

    private static List<Line> parseCsv(String text, int rowLimit) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(UploadedText.delimiter(text))
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                lines.add(new Line((int) record.getRecordNumber(), cells));
                if (lines.size() > rowLimit + 1) {
                    break;
                }
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            Matcher line = START_LINE.matcher(String.valueOf(e.getMessage()));
            throw ImportFileException.invalid(
                    "The CSV cannot be read" + (line.find() ? " from line " + line.group(1) : "")
                            + ": a quote (\") is opened but never closed. Check that line in a text editor, or save the "
                            + "spreadsheet as CSV again.");
        }
        return lines;
    }

    /** Maps the header line to the template's columns and every later line to template order. */
    private static final class Header {
        private final List<Line> lines;
        private final int[] source = new int[ImportColumns.values().length];

        Header(List<Line> lines) {
            this.lines = lines;
            if (lines.isEmpty()) {
                throw ImportFileException.invalid("The file has no header line and no students. Use the template.");
            }
            Arrays.fill(source, -1);
            List<String> unknown = new ArrayList<>();
            List<String> header = lines.get(0).cells();
            for (int i = 0; i < header.size(); i++) {
                ImportColumns column = ImportColumns.match(header.get(i));
                if (column == null) {
                    if (!header.get(i).isBlank()) {
                        unknown.add(header.get(i));
                    }
                } else {
                    source[column.ordinal()] = i;
                }
            }
            List<String> missing = new ArrayList<>();
            for (ImportColumns c : ImportColumns.values()) {
                if (c.required() && source[c.ordinal()] < 0) {
                    missing.add(c.header());
                }
            }
            if (!missing.isEmpty() || !unknown.isEmpty()) {
                throw ImportFileException.invalid("The columns do not match the template"
                        + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing))
                        + (unknown.isEmpty() ? "" : "; not expected: " + String.join(", ", unknown))
                        + ". The template's columns are "
                        + String.join(", ", ImportColumns.headers()) + ".");
            }
        }

        List<ImportRow> rows(int rowLimit) {
            int count = lines.size() - 1;
            if (count == 0) {
                throw ImportFileException.invalid("The file has a header line but no students.");
            }
            if (count > rowLimit) {
                throw new ApiException(
                        422,
                        "too_many_rows",
                        "At most " + rowLimit + " students can be imported in one "
                                + "upload. Split the file and upload each part.",
                        List.of("file"));
            }
            List<ImportRow> rows = new ArrayList<>(count);
            int width = lines.get(0).cells().size();
            for (Line line : lines.subList(1, lines.size())) {
                List<String> values = new ArrayList<>(source.length);
                for (int index : source) {
                    values.add(
                            index >= 0 && index < line.cells().size()
                                    ? line.cells().get(index)
                                    : "");
                }
                boolean extra = line
                        .cells()
                        .subList(
                                Math.min(width, line.cells().size()),
                                line.cells().size())
                        .stream()
                        .anyMatch(c -> !c.isBlank());
                rows.add(new ImportRow(line.number(), values, extra));
            }
            return rows;
        }
    }
}
