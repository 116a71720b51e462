package org.examdesk.admin.learners.groups;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.examdesk.admin.files.Line;
import org.examdesk.admin.files.UploadedText;
import org.examdesk.admin.files.XlsxRows;
import org.examdesk.admin.learners.intake.NewLearner;
import org.examdesk.admin.web.ApiException;

/**
 * Reads an uploaded learner-group file into its records: a CSV (UTF-8 with or without BOM, UTF-16 with BOM or
 * Windows-1252; comma, semicolon or tab) or an .xlsx workbook, known by its bytes whatever its name. The header must
 * be the template's ({@link GroupColumns}); a value beyond the header's columns rejects the file too. A file that
 * cannot be read is a 4xx saying why; cells are kept as text, formulas included.
 */
final class GroupFile {
    /** One learner of the file: its row number as a spreadsheet shows it, and its cells. */
    record FileRecord(int n, NewLearner learner) {}

    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");

    private GroupFile() {}

    static List<FileRecord> read(byte[] bytes, int maxRecords) {
        if (bytes.length == 0) {
            throw invalid("The file is empty. Fill in the template (GET /api/v1/learner-groups/template.csv): the "
                    + "header line, then one learner per line.");
        }
        List<Line> lines;
        if (UploadedText.isZip(bytes)) {
            lines = XlsxRows.read(bytes, maxRecords, h -> GroupColumns.match(h) == GroupColumns.DATE_OF_BIRTH)
                    .orElseThrow(() -> unsupported("This file looks like a zip archive but cannot be read as an .xlsx "
                            + "workbook. Open it in your spreadsheet program and save it as .xlsx or CSV."));
        } else {
            String text = UploadedText.decode(bytes);
            if (UploadedText.looksBinary(text)) {
                throw unsupported("This file is not a CSV or an .xlsx workbook. Save the template as CSV, or upload "
                        + "the .xlsx file itself.");
            }
            lines = csv(text, maxRecords);
        }
        return records(lines, maxRecords);
    }

    private static List<FileRecord> records(List<Line> lines, int maxRecords) {
        if (lines.isEmpty()) {
            throw invalid("The file has no header line and no learners. Fill in the template.");
        }
        int[] at = GroupColumns.positions(lines.get(0).cells());
        int width = GroupColumns.width(lines.get(0).cells());
        if (lines.size() == 1) {
            throw invalid("The file has the template's header line but no learners under it.");
        }
        if (lines.size() - 1 > maxRecords) {
            throw new ApiException(
                    422,
                    "too_many_records",
                    "A learner group holds at most " + maxRecords + " learners. Split the file and upload each part "
                            + "as its own group.",
                    List.of("file"));
        }
        List<FileRecord> records = new ArrayList<>(lines.size() - 1);
        for (Line line : lines.subList(1, lines.size())) {
            List<String> cells = line.cells();
            nothingBeyond(line, width);
            records.add(new FileRecord(
                    line.number(),
                    new NewLearner(
                            cell(cells, at, GroupColumns.GIVEN_NAME),
                            cell(cells, at, GroupColumns.FAMILY_NAME),
                            cell(cells, at, GroupColumns.DATE_OF_BIRTH),
                            cell(cells, at, GroupColumns.GENDER),
                            cell(cells, at, GroupColumns.ULN))));
        }
        return records;
    }

    /** Refuses the file when this line has a value in a column beyond the header's. */
    private static void nothingBeyond(Line line, int width) {
        List<String> cells = line.cells();
        for (int i = width; i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                throw invalid("Row " + line.number() + " has a value in column " + GroupColumns.letter(i)
                        + ", beyond the template's columns, so nothing was uploaded. Remove it: the template's "
                        + "columns are " + String.join(", ", GroupColumns.headers()) + ".");
            }
        }
    }

    private static String cell(List<String> cells, int[] at, GroupColumns column) {
        int i = at[column.ordinal()];
        return i < cells.size() ? cells.get(i).strip() : "";
    }

    private static List<Line> csv(String text, int maxRecords) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(UploadedText.delimiter(text))
                .setIgnoreEmptyLines(true)
                .get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                lines.add(new Line((int) record.getRecordNumber(), cells));
                if (lines.size() > maxRecords + 1) {
                    break;
                }
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            Matcher line = START_LINE.matcher(String.valueOf(e.getMessage()));
            throw invalid("The CSV cannot be read" + (line.find() ? " from line " + line.group(1) : "")
                    + ": a quote (\") is opened but never closed. Check that line in a text editor, or save the "
                    + "spreadsheet as CSV again.");
        }
        return lines;
    }

    private static ApiException invalid(String message) {
        return ApiException.invalid(message, List.of("file"));
    }

    private static ApiException unsupported(String message) {
        return new ApiException(415, "unsupported_file", message, List.of("file"));
    }
}
