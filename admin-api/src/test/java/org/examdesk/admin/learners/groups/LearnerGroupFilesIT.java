package org.examdesk.admin.learners.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examdesk.admin.learners.groups.GroupFixture.csv;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad learner-group files: each refused as a whole with a clear 4xx naming why, and nothing written. */
class LearnerGroupFilesIT {
    private static TestServer api;
    private static TestHttp http;
    private static GroupFixture groups;
    private static String centreAdmin;

    @BeforeAll
    static void start() {
        api = new TestServer().start();
        http = api.http();
        groups = new GroupFixture(http, api.jdbi());
        centreAdmin = api.callers().staff(Role.CENTRE_ADMINISTRATOR, "40123");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static Response refused(byte[] file, int status, String message) {
        long before = groups.writes();
        Response response = groups.upload(centreAdmin, groups.name(), "learners.csv", file);
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().get("error").isTextual()).isTrue();
        assertThat(response.json().get("message").asText()).contains(message);
        assertThat(groups.writes()).as("nothing written").isEqualTo(before);
        return response;
    }

    private static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void the_template_is_the_header_line_of_the_five_columns() {
        Response response = http.get("/api/v1/learner-groups/template.csv", centreAdmin);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/csv");
        assertThat(response.header("Content-Disposition")).contains("learner-group-template.csv");
        assertThat(response.body().replace("\uFEFF", "").trim()).isEqualTo(GroupFixture.HEADER);
    }

    @Test
    void an_edited_header_rejects_the_whole_file_naming_the_column() {
        Response renamed = refused(
                text("Given name,Surname,Date of birth,Gender,ULN\nAmir,Khan,2009-01-01,,\n"),
                422,
                "'Surname' (column B) is not a template column: it looks like 'Family name' renamed");
        refused(text("Given name,Family name,Date of birth,ULN\nAmir,Khan,2009-01-01,\n"), 422, "'Gender' is missing");
        refused(
                text(GroupFixture.HEADER + ",Email\nAmir,Khan,2009-01-01,,,a@b.example\n"),
                422,
                "'Email' (column F) is not a template column");

        assertThat(renamed.json().get("details").toString()).contains("file");
    }

    @Test
    void a_value_under_no_column_rejects_the_whole_file() {
        refused(text(GroupFixture.HEADER + "\nAmir,Khan,2009-01-01,,,extra\n"), 422, "column F");
    }

    @Test
    void an_empty_file_and_a_header_without_learners_are_refused() {
        refused(new byte[0], 422, "empty");
        refused(text(GroupFixture.HEADER + "\r\n"), 422, "no learners");
    }

    @Test
    void a_binary_file_is_unsupported_whatever_its_name() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0};

        refused(png, 415, "not a CSV or an .xlsx");
    }

    @Test
    void a_50_megabyte_file_is_refused_before_it_is_read() {
        byte[] big = new byte[50 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');

        refused(big, 413, "larger than 10 MB");
    }

    @Test
    void a_request_without_a_file_is_refused_naming_the_field() {
        Response response = http.post("/api/v1/learner-groups", "{}", centreAdmin);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("details").toString()).contains("file");
    }

    @Test
    void formula_cells_are_stored_as_text_and_quoted_in_the_csv_written_back() {
        JsonNode group = groups.validated(
                centreAdmin,
                csv(
                        "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",Patel,2009-08-15,,",
                        "Amir,\"+SUM(1,2)\",2009-08-16,,",
                        "Sara,Ahmed,@cmd,,",
                        "Ben,Minus,2009-08-17,-1,"));
        long id = group.get("id").asLong();

        Response exported = http.get("/api/v1/learner-groups/" + id + "/records.csv", centreAdmin);

        assertThat(groups.record(centreAdmin, id, 2).get("givenName").asText())
                .isEqualTo("=HYPERLINK(\"http://evil.example\",\"Click\")");
        assertThat(group.get("invalid").asInt()).isEqualTo(4);
        String body = exported.body();
        assertThat(body).startsWith("\uFEFF");
        assertThat(body)
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"")
                .contains("'+SUM(1,2)")
                .contains(",'@cmd,")
                .contains(",'-1,");
        for (String line : body.substring(1).split("\r\n")) {
            for (String cell : line.split(",")) {
                assertThat(cell.replace("\"", ""))
                        .as(line)
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("@");
            }
        }
    }

    @Test
    void an_xlsx_workbook_is_read_with_an_excel_serial_date_of_birth() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Learners");
            String[] header = GroupFixture.HEADER.split(",");
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                top.createCell(i).setCellValue(header[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Ewan");
            row.createCell(1).setCellValue("McDonald");
            row.createCell(2).setCellValue(39936);
            row.createCell(3).setCellValue("Male");
            book.write(out);
            xlsx = out.toByteArray();
        }

        Response created = groups.upload(centreAdmin, groups.name(), "learners.xlsx", xlsx);
        JsonNode group =
                groups.awaitChecked(centreAdmin, created.json().get("id").asLong());

        assertThat(group.get("valid").asInt()).as(group.toString()).isEqualTo(1);
        assertThat(groups.record(centreAdmin, group.get("id").asLong(), 2)
                        .get("dateOfBirth")
                        .asText())
                .isEqualTo("2009-05-03");
    }

    @Test
    void more_learners_than_a_group_holds_are_refused_naming_the_limit() {
        StringBuilder file = new StringBuilder(GroupFixture.HEADER).append('\n');
        for (int i = 0; i <= LearnerGroups.MAX_RECORDS; i++) {
            file.append("Learner,Number").append(i).append(",2009-01-01,,\n");
        }

        refused(text(file.toString()), 422, "at most 20000 learners");
    }
}
