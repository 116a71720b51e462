package org.examdesk.admin.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The first sheet of an .xlsx workbook as lines of text cells, blank lines left out. Date cells (and plain numbers
 * in the date column the header names: Excel serial days) become yyyy-MM-dd; a formula cell is its formula as text
 * ({@code =HYPERLINK(...)}), never its result; other cells are shown as Excel shows them.
 *
 * <p>The sheet is read as a stream (POI's event API over the workbook kept in a temporary file) and reading stops
 * one line past the row limit, so a workbook of half a million rows costs what its first few hundred do; entities
 * in its XML are not expanded (POI's secure XML reader).
 */
public final class XlsxRows {
    private XlsxRows() {}

    /**
     * At most {@code rowLimit} + 2 lines (the header, the limit, and one more to tell that the limit is passed);
     * empty when the workbook cannot be read.
     */
    public static Optional<List<Line>> read(byte[] bytes, int rowLimit, Predicate<String> dateHeader) {
        Path file = null;
        try {
            file = Files.createTempFile("examdesk-upload-", ".xlsx");
            Files.write(file, bytes);
            return Optional.of(lines(file, rowLimit, dateHeader));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            deleteQuietly(file);
        }
    }

    private static List<Line> lines(Path file, int rowLimit, Predicate<String> dateHeader) throws IOException {
        Collector collector = new Collector(rowLimit, dateHeader);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new IOException("The workbook has no sheet");
            }
            XMLReader parser = new FormulaMarks(XMLHelper.newXMLReader(), collector);
            parser.setContentHandler(new XSSFSheetXMLHandler(
                    reader.getStylesTable(), null, new ReadOnlySharedStringsTable(pkg), collector, DAYS, true));
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            } catch (Enough enough) {
                // one line past the limit: the rest of the sheet is not read
            }
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("The workbook could not be read", e);
        }
        return collector.lines;
    }

    /** Shows a date-formatted number as yyyy-MM-dd, and everything else as Excel would. */
    private static final DataFormatter DAYS = new DataFormatter() {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    };

    /**
     * Tells the collector which cell holds a formula (an {@code <f>} inside its {@code <c>}) as the sheet is read,
     * and gives it the formula of a cell that has no stored result, which POI's handler would leave out.
     */
    private static final class FormulaMarks extends XMLFilterImpl {
        private final Collector collector;
        private final StringBuilder formulaText = new StringBuilder();
        private String reference;
        private boolean inFormula;

        FormulaMarks(XMLReader parent, Collector collector) {
            super(parent);
            this.collector = collector;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if ("c".equals(localName)) {
                collector.formula = false;
                collector.cellSeen = false;
                reference = atts.getValue("r");
                formulaText.setLength(0);
            } else if ("f".equals(localName)) {
                collector.formula = true;
                inFormula = true;
            }
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inFormula) {
                formulaText.append(ch, start, length);
            }
            super.characters(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            super.endElement(uri, localName, qName);
            if ("f".equals(localName)) {
                inFormula = false;
            } else if ("c".equals(localName) && collector.formula && !collector.cellSeen) {
                collector.cell(reference, formulaText.toString(), null);
            }
        }
    }

    /** Thrown to stop reading once the lines needed are in. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    /** Collects a row's cells by column, then keeps the row as a line unless it is blank. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<Line> lines = new ArrayList<>();
        private final int rowLimit;
        private final Predicate<String> dateHeader;
        private final List<String> cells = new ArrayList<>();
        private int dateColumn = -1;
        private int nextColumn;
        /** Whether the cell being read holds a formula, shown as its text, never its result. */
        boolean formula;
        /** Whether POI's handler gave the cell being read (it leaves out a formula with no stored result). */
        boolean cellSeen;

        Collector(int rowLimit, Predicate<String> dateHeader) {
            this.rowLimit = rowLimit;
            this.dateHeader = dateHeader;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            cellSeen = true;
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(text(column, formattedValue));
            nextColumn = column + 1;
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (lines.isEmpty()) {
                dateColumn = indexOf(cells, dateHeader);
            }
            lines.add(new Line(rowNum + 1, List.copyOf(cells)));
            if (lines.size() > rowLimit + 1) {
                throw new Enough();
            }
        }

        private String text(int column, String value) {
            if (value == null) {
                return "";
            }
            String shown = value.trim();
            if (formula) {
                return shown.startsWith("=") ? shown : "=" + shown;
            }
            if (column == dateColumn && shown.matches("\\d+(\\.\\d+)?")) {
                double serial = Double.parseDouble(shown);
                if (DateUtil.isValidExcelDate(serial)) {
                    return DateUtil.getLocalDateTime(serial).toLocalDate().toString();
                }
            }
            return shown;
        }
    }

    private static int indexOf(List<String> header, Predicate<String> dateHeader) {
        for (int i = 0; i < header.size(); i++) {
            if (dateHeader.test(header.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
