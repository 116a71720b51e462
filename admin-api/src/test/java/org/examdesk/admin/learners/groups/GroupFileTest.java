package org.examdesk.admin.learners.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.examdesk.admin.learners.intake.NewLearner;
import org.examdesk.admin.web.ApiException;
import org.junit.jupiter.api.Test;

class GroupFileTest {
    private static final String HEADER = "Given name,Family name,Date of birth,Gender,ULN";

    private static List<GroupFile.FileRecord> read(String text) {
        return GroupFile.read(text.getBytes(StandardCharsets.UTF_8), 100);
    }

    private static ApiException refused(byte[] bytes, int max) {
        try {
            GroupFile.read(bytes, max);
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("the file was accepted");
    }

    private static ApiException refused(String text) {
        return refused(text.getBytes(StandardCharsets.UTF_8), 100);
    }

    @Test
    void a_csv_gives_one_record_per_line_numbered_as_a_spreadsheet_shows_rows() {
        List<GroupFile.FileRecord> records = read("\uFEFF" + HEADER.replace(',', ';')
                + "\r\nZoë;Łukasiewicz;3 May 2009;F;\r\n\r\nAmir;Khan;03/05/2009;;1000000000\r\n");

        assertThat(records).extracting(GroupFile.FileRecord::n).containsExactly(2, 3);
        assertThat(records.get(0).learner()).isEqualTo(new NewLearner("Zoë", "Łukasiewicz", "3 May 2009", "F", ""));
        assertThat(records.get(1).learner().uln()).isEqualTo("1000000000");
    }

    @Test
    void columns_in_another_order_are_read_by_their_names() {
        List<GroupFile.FileRecord> records =
                read("ULN,Gender,Date of birth,Family name,Given name\n,M,2009-01-02,Khan,Amir\n");

        assertThat(records.get(0).learner()).isEqualTo(new NewLearner("Amir", "Khan", "2009-01-02", "M", ""));
    }

    @Test
    void a_formula_in_a_csv_is_kept_as_the_text_it_is() {
        List<GroupFile.FileRecord> records =
                read(HEADER + "\n\"=HYPERLINK(\"\"http://x.example\"\",\"\"y\"\")\",Patel,2009-08-15,,\n");

        assertThat(records.get(0).learner().givenName()).isEqualTo("=HYPERLINK(\"http://x.example\",\"y\")");
    }

    @Test
    void an_xlsx_gives_serial_and_formatted_dates_as_iso_days_and_formulas_as_text() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            Row header = sheet.createRow(0);
            String[] names = HEADER.split(",");
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row serial = sheet.createRow(1);
            serial.createCell(0).setCellValue("Amir");
            serial.createCell(1).setCellValue("Khan");
            serial.createCell(2).setCellValue(39936); // 3 May 2009 as Excel counts days
            Row formatted = sheet.createRow(3);
            formatted.createCell(0).setCellFormula("HYPERLINK(\"http://x.example\",\"y\")");
            formatted.createCell(1).setCellValue("Patel");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("d mmm yyyy"));
            formatted.createCell(2).setCellValue(java.time.LocalDate.of(2010, 2, 14));
            formatted.getCell(2).setCellStyle(date);
            formatted.createCell(4).setCellValue("1000000000");
            book.write(out);
            xlsx = out.toByteArray();
        }

        List<GroupFile.FileRecord> records = GroupFile.read(xlsx, 100);

        assertThat(records).extracting(GroupFile.FileRecord::n).containsExactly(2, 4);
        assertThat(records.get(0).learner().dateOfBirth()).isEqualTo("2009-05-03");
        assertThat(records.get(1).learner().givenName()).isEqualTo("=HYPERLINK(\"http://x.example\",\"y\")");
        assertThat(records.get(1).learner().dateOfBirth()).isEqualTo("2010-02-14");
        assertThat(records.get(1).learner().uln()).isEqualTo("1000000000");
    }

    @Test
    void an_empty_file_a_header_alone_and_a_blank_file_are_refused() {
        assertThat(refused(new byte[0], 100).getMessage()).contains("empty");
        assertThat(refused(HEADER + "\n").getMessage()).contains("no learners under it");
        assertThat(refused("\n\n").getMessage()).contains("no header line");
    }

    @Test
    void a_binary_file_and_a_zip_that_is_no_workbook_are_unsupported() throws IOException {
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("notes.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(refused(binary, 100).status()).isEqualTo(415);
        assertThat(refused(zip.toByteArray(), 100).status()).isEqualTo(415);
        assertThat(refused(zip.toByteArray(), 100).getMessage()).contains(".xlsx");
    }

    @Test
    void a_value_beyond_the_templates_columns_rejects_the_file_naming_row_and_column() {
        ApiException e = refused(HEADER + "\nAmir,Khan,2009-01-02,M,,surprise\n");

        assertThat(e.status()).isEqualTo(422);
        assertThat(e.getMessage()).contains("Row 2").contains("column F");
    }

    @Test
    void more_records_than_a_group_holds_are_refused_naming_the_limit() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 4; i++) {
            csv.append("A,B,2009-01-0").append(i + 1).append(",,\n");
        }

        ApiException e = refused(csv.toString().getBytes(StandardCharsets.UTF_8), 3);

        assertThat(e.status()).isEqualTo(422);
        assertThat(e.getMessage()).contains("at most 3 learners");
    }

    @Test
    void a_quote_that_is_never_closed_is_refused_naming_its_line() {
        assertThat(refused(HEADER + "\nAmir,\"Khan,2009-01-02,M,\nSara,Ahmed,2009-01-03,F,\n")
                        .getMessage())
                .contains("quote")
                .contains("line 2");
    }
}
