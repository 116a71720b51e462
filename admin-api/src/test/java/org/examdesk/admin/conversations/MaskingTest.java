package org.examdesk.admin.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class MaskingTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_date_of_birth_keeps_only_its_year() {
        assertThat(Masking.masked("14/03/2009")).isEqualTo("**/**/2009");
        assertThat(Masking.masked("2009-03-14")).isEqualTo("2009-**-**");
        assertThat(Masking.masked("14 March 2009")).isEqualTo("** ***** 2009");
    }

    @Test
    void a_uci_keeps_only_its_last_four_characters() {
        assertThat(Masking.masked("52205 H12345A")).isEqualTo("***** ***345A");
    }

    @Test
    void a_short_answer_is_kept_as_it_is() {
        assertThat(Masking.masked("no")).isEqualTo("no");
    }

    @Test
    void only_the_text_of_a_message_is_masked_and_the_original_is_untouched() throws Exception {
        var message = json.readTree("{\"text\":\"14/03/2009\",\"messageId\":\"m-1\"}");

        var masked = Masking.masked(message);

        assertThat(masked.get("text").asText()).isEqualTo("**/**/2009");
        assertThat(masked.get("messageId").asText()).isEqualTo("m-1");
        assertThat(message.get("text").asText()).isEqualTo("14/03/2009");
    }
}
