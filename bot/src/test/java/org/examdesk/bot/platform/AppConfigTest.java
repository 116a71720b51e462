package org.examdesk.bot.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {
    @Test
    void defaults_run_on_port_7070_with_an_embedded_database_and_demo_data() {
        AppConfig config = AppConfig.fromEnv(Map.of());

        assertThat(config.port()).isEqualTo(7070);
        assertThat(config.embeddedDatabase()).isTrue();
        assertThat(config.demo()).isTrue();
        assertThat(config.dataDir().toString()).isEqualTo("data");
    }

    @Test
    void a_bad_port_names_the_variable_and_what_it_expects() {
        assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("PORT", "seventy")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("PORT")
                .hasMessageContaining("whole number");
    }

    @Test
    void a_database_url_must_be_a_postgresql_jdbc_url() {
        assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("DATABASE_URL", "mysql://x")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("DATABASE_URL");
    }

    @Test
    void demo_must_be_true_or_false() {
        assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("EXAMDESK_DEMO", "maybe")))
                .hasMessageContaining("EXAMDESK_DEMO must be true or false");
    }

    @Test
    void smtp_is_off_without_a_host_and_read_with_one() {
        assertThat(AppConfig.fromEnv(Map.of()).smtp()).isNull();

        AppConfig config = AppConfig.fromEnv(Map.of("SMTP_HOST", "mail.example", "SMTP_USER", "u",
                "SMTP_PASSWORD", "secret", "MAIL_FROM", "results@school.example"));

        assertThat(config.smtp().host()).isEqualTo("mail.example");
        assertThat(config.smtp().port()).isEqualTo(587);
        assertThat(config.smtp().from()).isEqualTo("results@school.example");
        assertThat(config.smtp().toString()).doesNotContain("secret");
        assertThat(config.importRowLimit()).isEqualTo(600);
    }

    @Test
    void mail_from_must_be_an_address() {
        assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("SMTP_HOST", "mail.example", "MAIL_FROM", "nobody")))
                .hasMessageContaining("MAIL_FROM");
    }
}
