package org.examdesk.admin.imports;

import java.util.List;

/** One data row of an uploaded file: its row number as a spreadsheet shows it and its cells in template order;
 * {@code extraCells} when the line had more cells than the header. */
record ImportRow(int row, List<String> values, boolean extraCells) {
    String get(ImportColumns column) {
        String value = values.get(column.ordinal());
        return value == null ? "" : value.trim();
    }
}
