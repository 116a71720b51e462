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

        AppConfig config = AppConfig.fromEnv(Map.of(
                "SMTP_HOST",
                "mail.example",
                "SMTP_USER",
                "u",
                "SMTP_PASSWORD",
                "secret",
                "MAIL_FROM",
                "results@school.example"));

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

    @Test
    void slack_is_off_by_default_and_needs_both_the_bot_token_and_the_signing_secret() {
        assertThat(AppConfig.fromEnv(Map.of()).slack().enabled()).isFalse();
        assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("SLACK_BOT_TOKEN", "xoxb-1")))
                .hasMessageContaining("SLACK_SIGNING_SECRET");

        SlackSettings slack = AppConfig.fromEnv(Map.of(
                        "SLACK_BOT_TOKEN",
                        "xoxb-1",
                        "SLACK_SIGNING_SECRET",
                        "s3cret",
                        "SLACK_API_BASE_URL",
                        "http://127.0.0.1:9/api"))
                .slack();
        assertThat(slack.enabled()).isTrue();
        assertThat(slack.apiBaseUrl()).isEqualTo("http://127.0.0.1:9/api/");
        assertThat(slack.toString()).doesNotContain("xoxb-1", "s3cret");
    }

    @Test
    void slack_tokens_and_the_agent_channel_are_checked() {
        assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("SLACK_BOT_TOKEN", "xoxp-1", "SLACK_SIGNING_SECRET", "s")))
                .hasMessageContaining("xoxb-");
        assertThatThrownBy(() -> AppConfig.fromEnv(
                        Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s", "SLACK_APP_TOKEN", "xoxb-2")))
                .hasMessageContaining("SLACK_APP_TOKEN");
        assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("SLACK_AGENT_CHANNEL", "#agents")))
                .hasMessageContaining("SLACK_AGENT_CHANNEL");
    }
}
