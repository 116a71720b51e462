package org.examdesk.admin.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.examdesk.admin.web.Json;
import org.junit.jupiter.api.Test;

class TranscriptTextTest {
    private final TranscriptText transcripts = new TranscriptText(Json.mapper());

    @Test
    void a_list_to_tick_and_a_table_read_as_words_not_json() {
        String body =
                """
                {"replies":[
                  {"type":"picks","prompt":"Tick who gets access","field":"candidates",
                   "options":[{"label":"0042 Chloe Adams","value":"n:1"},{"label":"0043 Amir Khan","value":"n:2"}],
                   "ticked":[],"submit":{"label":"Continue","value":"n:go"}},
                  {"type":"table","title":"Locked students","columns":["Name"],"rows":[["Sam Patel"]]}]}""";

        assertThat(transcripts.lines(body))
                .containsExactly(
                        "Tick who gets access (a list to tick: 0042 Chloe Adams, 0043 Amir Khan)",
                        "Locked students (a table)");
    }
}
