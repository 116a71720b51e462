package org.examdesk.admin.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an .xlsx workbook as lines of text cells, blank lines left out. Date cells (and plain numbers
 * in the date column the header names: Excel serial days) become yyyy-MM-dd; a formula cell is its formula as text
 * ({@code =HYPERLINK(...)}), never its result; other cells are shown as Excel shows them.
 */
public final class XlsxRows {
    private XlsxRows() {}

    /**
     * At most {@code rowLimit} + 2 lines (the header, the limit, and one more to tell that the limit is passed);
     * empty when the workbook cannot be read.
     */
    public static Optional<List<Line>> read(byte[] bytes, int rowLimit, Predicate<String> dateHeader) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<Line> lines = new ArrayList<>();
            int dateColumn = -1;
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    cells.add(text(row.getCell(i), formatter, i == dateColumn));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (lines.isEmpty()) {
                    dateColumn = indexOf(cells, dateHeader);
                }
                lines.add(new Line(row.getRowNum() + 1, cells));
                if (lines.size() > rowLimit + 1) {
                    break;
                }
            }
            return Optional.of(lines);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
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

    private static String text(Cell cell, DataFormatter formatter, boolean dateColumn) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return "=" + cell.getCellFormula();
        }
        if (cell.getCellType() == CellType.NUMERIC && (dateColumn || DateUtil.isCellDateFormatted(cell))) {
            double serial = cell.getNumericCellValue();
            if (DateUtil.isValidExcelDate(serial)) {
                LocalDate day = DateUtil.getLocalDateTime(serial).toLocalDate();
                return day.toString();
            }
        }
        return formatter.formatCellValue(cell).trim();
    }
}
