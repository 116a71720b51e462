package org.examdesk.admin.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an .xlsx workbook as lines of text cells. Date cells (and plain numbers in a date-of-birth
 * column: Excel serial days) become yyyy-MM-dd; other cells are shown as Excel shows them.
 */
final class XlsxSheet {
    private XlsxSheet() {}

    static List<ImportFileReader.Line> read(byte[] bytes, int rowLimit) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<ImportFileReader.Line> lines = new ArrayList<>();
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
                    dateColumn = indexOf(cells, ImportColumns.DATE_OF_BIRTH);
                }
                lines.add(new ImportFileReader.Line(row.getRowNum() + 1, cells));
                if (lines.size() > rowLimit + 1) {
                    break;
                }
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw ImportFileException.unsupported("This file looks like a zip archive but cannot be read as an .xlsx "
                    + "workbook. Open it in your spreadsheet program and save it as .xlsx or CSV.");
        }
    }

    private static int indexOf(List<String> header, ImportColumns column) {
        for (int i = 0; i < header.size(); i++) {
            if (ImportColumns.match(header.get(i)) == column) {
                return i;
            }
        }
        return -1;
    }

    private static String text(Cell cell, DataFormatter formatter, boolean dateColumn) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && (dateColumn || DateUtil.isCellDateFormatted(cell))) {
            double serial = cell.getNumericCellValue();
            if (DateUtil.isValidExcelDate(serial)) {
                LocalDate day = DateUtil.getLocalDateTime(serial).toLocalDate();
                return day.toString();
            }
        }
        return formatter.formatCellValue(cell).trim();
    }
}
