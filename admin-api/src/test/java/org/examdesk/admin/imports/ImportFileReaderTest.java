package org.examdesk.admin.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.examdesk.admin.web.ApiException;
import org.junit.jupiter.api.Test;

class ImportFileReaderTest {
    private final ImportFileReader reader = new ImportFileReader();

    @Test
    void a_semicolon_separated_windows_1252_file_with_crlf_is_read() {
        String text = "Forename;Surname;UCI;Email;Date of birth;School year\r\nZoë;Müller;40123260000AA;z@x.example;"
                + "01/02/2010;11\r\n";

        List<ImportRow> rows = reader.read(text.getBytes(Charset.forName("windows-1252")), 600);

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get(ImportColumns.FORENAME)).isEqualTo("Zoë");
        assertThat(rows.get(0).get(ImportColumns.SURNAME)).isEqualTo("Müller");
        assertThat(rows.get(0).get(ImportColumns.SCHOOL_YEAR)).isEqualTo("11");
    }

    @Test
    void a_utf8_file_with_a_bom_and_columns_in_another_order_is_read() {
        String text = "\uFEFFemail,uci,surname,forename,date_of_birth\nz@x.example,40123260000AA,Øre,Åsa,2010-02-01\n";

        List<ImportRow> rows = reader.read(text.getBytes(StandardCharsets.UTF_8), 600);

        assertThat(rows.get(0).get(ImportColumns.FORENAME)).isEqualTo("Åsa");
        assertThat(rows.get(0).get(ImportColumns.EMAIL)).isEqualTo("z@x.example");
        assertThat(rows.get(0).get(ImportColumns.SCHOOL_YEAR)).isEmpty();
    }

    @Test
    void an_unbalanced_quote_names_the_line() {
        String text =
                "Forename,Surname,UCI,Email,Date of birth\nAmy,Smith,A,a@x.example,2010-01-01\n\"Bob,Jones,B,b@x.example,"
                        + "2010-01-01\n";

        assertThatThrownBy(() -> reader.read(text.getBytes(StandardCharsets.UTF_8), 600))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("quote");
    }

    @Test
    void a_renamed_column_is_refused_naming_what_is_missing_and_what_is_unexpected() {
        String text = "Forename,Surname,UCI,Email,DOB\nAmy,Smith,A,a@x.example,2010-01-01\n";

        assertThatThrownBy(() -> reader.read(text.getBytes(StandardCharsets.UTF_8), 600))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("missing: Date of birth")
                .hasMessageContaining("not expected: DOB");
    }

    @Test
    void more_rows_than_the_limit_are_refused_naming_the_limit() {
        StringBuilder text = new StringBuilder("Forename,Surname,UCI,Email,Date of birth\n");
        for (int i = 0; i < 601; i++) {
            text.append("A,B,C,d@x.example,2010-01-01\n");
        }

        assertThatThrownBy(() -> reader.read(text.toString().getBytes(StandardCharsets.UTF_8), 600))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("At most 600 students");
    }

    @Test
    void an_empty_file_and_a_binary_file_are_refused() {
        assertThatThrownBy(() -> reader.read(new byte[0], 600)).hasMessageContaining("empty");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertThatThrownBy(() -> reader.read(png, 600))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(415));
    }

    @Test
    void dates_of_birth_are_read_in_the_formats_spreadsheets_write() {
        DatesOfBirth dates = new DatesOfBirth(2026);

        assertThat(dates.parse("23/04/2009")).contains(LocalDate.of(2009, 4, 23));
        assertThat(dates.parse("2009-04-23")).contains(LocalDate.of(2009, 4, 23));
        assertThat(dates.parse("3/4/09")).contains(LocalDate.of(2009, 4, 3));
        assertThat(dates.parse("3/4/98")).contains(LocalDate.of(1998, 4, 3));
        assertThat(dates.parse("23.04.2009")).contains(LocalDate.of(2009, 4, 23));
        assertThat(dates.parse("31/02/2009")).isEmpty();
        assertThat(dates.parse("April 2009")).isEmpty();
    }
}
