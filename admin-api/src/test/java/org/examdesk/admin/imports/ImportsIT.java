package org.examdesk.admin.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.testing.Multipart;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ImportsIT {
    private static final String HEADER = "Forename,Surname,UCI,Email,Date of birth,School year";
    private static TestServer api;
    private static TestHttp http;
    private static Jdbi jdbi;
    private static String officer;
    private static String hillsideOfficer;

    record Entry(String forename, String surname, String uci, LocalDate dob) {
        String csv(String email) {
            return forename + "," + surname + "," + uci + "," + email + "," + dob.getDayOfMonth() + "/"
                    + dob.getMonthValue() + "/" + dob.getYear() + ",11";
        }
    }

    @BeforeAll
    static void start() {
        api = new TestServer().start();
        http = api.http();
        jdbi = api.jdbi();
        officer = api.callers().staff(Role.EXAMS_OFFICER, "40123");
        hillsideOfficer = api.callers().staff(Role.EXAMS_OFFICER, "40456");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** Entered Riverside candidates without an account; each test takes its own slice. */
    static List<Entry> entries(int from, int count) {
        return jdbi.withHandle(h -> h.createQuery(
                        """
                        select e.forename, e.surname, e.uci, e.date_of_birth from exam_entries e join centres c on c.id = e.centre_id
                         where c.number = '40123' and not exists (select 1 from students s where s.centre_id = e.centre_id
                           and s.uci = e.uci) order by e.uci offset :from limit :count""")
                .bind("from", from)
                .bind("count", count)
                .map((rs, ctx) ->
                        new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)))
                .list());
    }

    static Response upload(String token, String name, byte[] file, boolean consent) {
        return http.exchange(Multipart.upload(
                http.base().resolve("/api/v1/students/imports"),
                token,
                name,
                file,
                consent ? Map.of("consent", "true") : Map.of()));
    }

    static long count(String table) {
        return jdbi.withHandle(h ->
                h.createQuery("select count(*) from " + table).mapTo(Long.class).one());
    }

    @Test
    void valid_rows_are_created_and_invalid_rows_reported_with_every_reason() {
        List<Entry> e = entries(0, 4);
        long emailsBefore = count("outbox");
        String csv = HEADER + "\n" + e.get(0).csv("first@pupils.example") + "\n"
                + e.get(1).csv("second@pupils.example")
                + "\n" + e.get(2).forename() + ",Wrongname," + e.get(2).uci() + ",third@pupils.example,01/01/2001,11\n"
                + e.get(0).csv("again@pupils.example") + "\n"
                + "Amy,Smith,SHORT,not-an-email,someday,15\n"
                + ",,,,,\n"
                + e.get(3).csv("first@pupils.example") + "\n";

        Response response = upload(officer, "students.csv", csv.getBytes(StandardCharsets.UTF_8), true);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("accepted").asInt()).isEqualTo(2);
        assertThat(response.json().get("rejected"))
                .extracting(r -> r.get("row").asInt())
                .containsExactly(4, 5, 6, 8);
        assertThat(response.json().at("/rejected/0/errors").toString())
                .contains("Surname 'Wrongname' is not identical")
                .contains("not the one on the exam entry");
        assertThat(response.json().at("/rejected/1/errors/0").asText()).contains("also on row 2");
        assertThat(response.json().at("/rejected/2/errors").toString())
                .contains("Email 'not-an-email'")
                .contains("'someday' is not a date")
                .contains("UCI 'SHORT' must be 13")
                .contains("School year '15'");
        assertThat(response.json().at("/rejected/3/errors/0").asText())
                .contains("first@pupils.example is also on row 2");
        assertThat(response.json().at("/rejected/1/values/Email").asText()).isEqualTo("again@pupils.example");
        assertThat(count("outbox") - emailsBefore).isEqualTo(2);
        String status = jdbi.withHandle(h -> h.createQuery("select status from students where uci = :uci")
                .bind("uci", e.get(0).uci())
                .mapTo(String.class)
                .one());
        assertThat(status).isEqualTo("NOT_ACTIVATED");

        Response rejected = http.get(response.json().get("rejectedCsvUrl").asText(), officer);
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.header("Content-Type")).startsWith("text/csv");
        assertThat(rejected.body())
                .contains("Row,Forename,Surname,UCI,Email,Date of birth,School year,Errors")
                .contains("Wrongname");
        assertThat(http.get(response.json().get("rejectedCsvUrl").asText(), hillsideOfficer)
                        .status())
                .isEqualTo(404);

        Response twice = upload(officer, "students.csv", csv.getBytes(StandardCharsets.UTF_8), true);
        assertThat(twice.json().get("accepted").asInt()).isZero();
        assertThat(twice.json().at("/rejected/0/errors").toString())
                .contains("already has a results account")
                .contains("already used by another student account");
    }

    @Test
    void a_file_sent_again_with_its_idempotency_key_gets_the_first_answer_and_imports_nothing_twice() {
        List<Entry> e = entries(6, 2);
        String csv = HEADER + "\n" + e.get(0).csv("keyed.one@pupils.example") + "\n"
                + e.get(1).csv("keyed.two@pupils.example") + "\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        long emailsBefore = count("outbox");
        long importsBefore = count("student_imports");

        Response first = keyedUpload(file, "import-retry-0001");
        Response retry = keyedUpload(file, "import-retry-0001");
        Response otherFile = keyedUpload(
                (HEADER + "\n" + e.get(0).csv("other@pupils.example") + "\n").getBytes(StandardCharsets.UTF_8),
                "import-retry-0001");

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("accepted").asInt()).isEqualTo(2);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(otherFile.status())
                .as("another file with the same key is refused")
                .isEqualTo(422);
        assertThat(count("outbox") - emailsBefore).as("one welcome email each").isEqualTo(2);
        assertThat(count("student_imports") - importsBefore).isEqualTo(1);
    }

    private static Response keyedUpload(byte[] file, String key) {
        return http.exchange(Multipart.upload(
                        http.base().resolve("/api/v1/students/imports"),
                        officer,
                        "keyed.csv",
                        file,
                        Map.of("consent", "true"))
                .header("Idempotency-Key", key));
    }

    @Test
    void a_semicolon_separated_windows_1252_file_from_european_excel_is_imported() {
        jdbi.useHandle(
                h -> h.execute("insert into exam_entries (centre_id, uci, forename, surname, date_of_birth, series) "
                        + "values ((select id from centres where number = '40123'), '4012326099991', 'Zoë', 'Müller', "
                        + "'2010-03-04', 'june-2026')"));
        String csv =
                "Forename;Surname;UCI;Email;Date of birth;School year\r\nZoë;Müller;4012326099991;zoe@pupils.example;"
                        + "04.03.2010;11\r\n";

        Response response = upload(officer, "export.csv", csv.getBytes(Charset.forName("windows-1252")), true);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(response.json().get("rejectedCsvUrl").isNull()).isTrue();
    }

    @Test
    void created_by_me_keeps_the_accounts_the_callers_own_imports_made() {
        String importer = api.callers().staff(Role.EXAMS_OFFICER, "40123");
        String colleague = api.callers().staff(Role.EXAMS_ASSISTANT, "40123");
        List<Entry> e = entries(30, 2);
        String csv = HEADER + "\n" + e.get(0).csv("mine.one@pupils.example") + "\n"
                + e.get(1).csv("mine.two@pupils.example") + "\n";
        Response imported = upload(importer, "students.csv", csv.getBytes(StandardCharsets.UTF_8), true);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);

        Response mine = http.get("/api/v1/students?createdByMe=true", importer);

        assertThat(mine.json().get("total").asLong()).isEqualTo(2);
        assertThat(mine.json().get("items"))
                .extracting(s -> s.get("uci").asText())
                .containsExactlyInAnyOrder(e.get(0).uci(), e.get(1).uci());
        assertThat(http.get("/api/v1/students?createdByMe=true", colleague)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(http.get("/api/v1/students?createdByMe=false", colleague)
                        .json()
                        .get("total")
                        .asLong())
                .isPositive();
        Response bad = http.get("/api/v1/students?createdByMe=maybe", importer);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("details").toString()).contains("createdByMe");
    }

    @Test
    void an_xlsx_workbook_with_date_cells_and_excel_serial_numbers_is_imported() throws Exception {
        List<Entry> e = entries(10, 2);
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Students");
            String[] header = HEADER.split(",");
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                top.createCell(i).setCellValue(header[i]);
            }
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < 2; r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(e.get(r).forename());
                row.createCell(1).setCellValue(e.get(r).surname());
                row.createCell(2).setCellValue(e.get(r).uci());
                row.createCell(3).setCellValue("xlsx" + r + "@pupils.example");
                if (r == 0) {
                    row.createCell(4).setCellValue(e.get(r).dob());
                    row.getCell(4).setCellStyle(dateStyle);
                } else {
                    row.createCell(4)
                            .setCellValue(DateUtil.getExcelDate(e.get(r).dob()));
                }
                row.createCell(5).setCellValue(11);
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        Response response = upload(officer, "students.xlsx", xlsx, true);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("accepted").asInt()).isEqualTo(2);
    }

    @Test
    void files_that_cannot_be_read_are_refused_and_nothing_is_written() {
        long students = count("students");
        long imports = count("student_imports");
        List<Entry> e = entries(20, 1);
        String good = e.get(0).csv("quote@pupils.example");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        StringBuilder tooMany = new StringBuilder(HEADER + "\n");
        for (int i = 0; i < 601; i++) {
            tooMany.append("A,B,C,d").append(i).append("@x.example,01/01/2010,11\n");
        }

        assertRefused(
                upload(
                        officer,
                        "q.csv",
                        (HEADER + "\n" + good + "\n\"Open,quote,X,y@x.example,01/01/2010,11\n")
                                .getBytes(StandardCharsets.UTF_8),
                        true),
                422,
                "quote");
        assertRefused(
                upload(
                        officer,
                        "r.csv",
                        "First name,Surname,UCI,Email,DOB\nA,B,C,d@x.example,1/1/2010\n"
                                .getBytes(StandardCharsets.UTF_8),
                        true),
                422,
                "missing: Forename, Date of birth");
        assertRefused(upload(officer, "e.csv", new byte[0], true), 422, "empty");
        assertRefused(
                upload(officer, "h.csv", (HEADER + "\n").getBytes(StandardCharsets.UTF_8), true), 422, "no students");
        assertRefused(upload(officer, "photo.csv", png, true), 415, "not a CSV");
        assertRefused(
                upload(officer, "big.csv", tooMany.toString().getBytes(StandardCharsets.UTF_8), true), 422, "600");
        assertRefused(
                upload(officer, "c.csv", (HEADER + "\n" + good).getBytes(StandardCharsets.UTF_8), false),
                422,
                "consent");

        assertThat(count("students")).isEqualTo(students);
        assertThat(count("student_imports")).isEqualTo(imports);
    }

    @Test
    void a_50_megabyte_file_is_refused_before_it_is_read() {
        byte[] big = new byte[50 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');

        Response response = upload(officer, "huge.csv", big, true);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("message").asText()).contains("larger than");
    }

    @Test
    void a_centre_without_permission_to_share_emails_cannot_import() {
        jdbi.useHandle(h -> h.execute("update centres set shares_student_emails = false where number = '40456'"));

        Response response = upload(
                hillsideOfficer,
                "s.csv",
                (HEADER + "\nA,B,C,d@x.example,01/01/2010,11\n").getBytes(StandardCharsets.UTF_8),
                true);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("message").asText()).contains("verification-code export");
    }

    @Test
    void the_template_has_the_columns_in_order() {
        Response response = http.get("/api/v1/students/imports/template.csv", officer);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().replace("\uFEFF", "").trim()).isEqualTo(HEADER);
    }

    private static void assertRefused(Response response, int status, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().get("message").asText()).contains(message);
    }
}
