package org.examdesk.admin.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxRowsTest {
    /** A workbook of {@code rows} short rows under a header, its strings shared as Excel keeps them. */
    private static byte[] workbook(int rows) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(null, 100, true, true);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Forename");
            header.createCell(1).setCellValue("Surname");
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Name" + r);
                row.createCell(1).setCellValue("S" + (r % 97));
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        }
    }

    @Test
    void a_sheet_of_a_hundred_thousand_rows_is_read_only_one_line_past_the_limit_with_memory_to_match()
            throws IOException {
        byte[] big = workbook(100_000);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        List<Line> lines = XlsxRows.read(big, 600, h -> false).orElseThrow();

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(lines).hasSize(602);
        assertThat(lines.get(0).cells()).containsExactly("Forename", "Surname");
        assertThat(lines.get(601).cells()).containsExactly("Name601", "S19");
        assertThat(allocated)
                .as("bytes allocated reading a %,d-byte workbook of 100,000 rows", big.length)
                .isLessThan(64L * 1024 * 1024);
    }

    @Test
    void a_file_that_is_no_workbook_reads_as_nothing() {
        assertThat(XlsxRows.read("not a workbook".getBytes(), 600, h -> false)).isEmpty();
    }
}
