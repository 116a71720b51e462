package org.examdesk.bot.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.examdesk.bot.engine.Reply;
import org.junit.jupiter.api.Test;

class StudentImportsTest {
    private final ObjectMapper json = new ObjectMapper();

    private StudentImports.Report report(String body) throws Exception {
        return json.readValue(body, StudentImports.Report.class);
    }

    @Test
    void a_clean_import_is_one_sentence_without_a_table() throws Exception {
        List<Reply> replies = StudentImports.replies(
                report("{\"accepted\":3,\"rejected\":[],\"rejectedCsvUrl\":null}"), "year11.csv");

        assertThat(replies).hasSize(1);
        assertThat(((Reply.Text) replies.get(0)).text()).startsWith("Done: 3 students imported from year11.csv");
    }

    @Test
    void rejected_rows_become_a_table_with_their_values_and_problems_and_the_download_link() throws Exception {
        List<Reply> replies = StudentImports.replies(
                report(
                        """
                {"accepted":2,"rejected":[{"row":3,"values":{"forename":"Ann","surname":"Lee","uci":"X"},
                "errors":["UCI is not valid","date of birth missing"]}],"rejectedCsvUrl":"/api/v1/students/imports/7/rejected.csv"}"""),
                "year11.csv");

        assertThat(((Reply.Text) replies.get(0)).text()).contains("2 students imported", "1 row was not imported");
        Reply.Table table = (Reply.Table) replies.get(1);
        assertThat(table.columns()).containsExactly("Row", "forename", "surname", "uci", "Problems");
        assertThat(table.rows())
                .containsExactly(List.of("3", "Ann", "Lee", "X", "UCI is not valid; date of birth missing"));
        assertThat(table.downloadUrl()).isEqualTo("/api/v1/students/imports/7/rejected.csv");
    }

    @Test
    void values_given_as_a_list_get_numbered_columns() throws Exception {
        List<Reply> replies = StudentImports.replies(
                report(
                        """
                {"accepted":0,"rejected":[{"row":2,"values":["Ann","Lee"],"errors":["surname does not match the entry"]},
                {"row":5,"values":["Bo"],"errors":[]}]}"""),
                "x.csv");

        Reply.Table table = (Reply.Table) replies.get(1);
        assertThat(table.columns()).containsExactly("Row", "Value 1", "Value 2", "Problems");
        assertThat(table.rows().get(1)).containsExactly("5", "Bo", "", "");
    }
}
