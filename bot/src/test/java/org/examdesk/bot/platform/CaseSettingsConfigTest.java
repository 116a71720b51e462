package org.examdesk.bot.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseSettingsConfigTest {
    @Test
    void business_hours_default_to_nine_to_five_in_london_and_call_cases_wait_a_day() {
        AppConfig config = AppConfig.fromEnv(Map.of());

        assertThat(config.cases().opens()).isEqualTo(LocalTime.of(9, 0));
        assertThat(config.cases().closes()).isEqualTo(LocalTime.of(17, 0));
        assertThat(config.cases().zone().getId()).isEqualTo("Europe/London");
        assertThat(config.cases().callCaseTimeout()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void business_hours_and_zone_are_read_from_the_environment() {
        AppConfig config = AppConfig.fromEnv(Map.of(
                "BUSINESS_HOURS",
                "08:30-18:00",
                "BUSINESS_TIME_ZONE",
                "Europe/Dublin",
                "CALL_CASE_TIMEOUT_HOURS",
                "48"));

        assertThat(config.cases().opens()).isEqualTo(LocalTime.of(8, 30));
        assertThat(config.cases().zone().getId()).isEqualTo("Europe/Dublin");
        assertThat(config.cases().callCaseTimeout()).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void bad_business_hours_stop_start_up_with_a_sentence_naming_the_variable() {
        assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("BUSINESS_HOURS", "17:00-09:00")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("BUSINESS_HOURS");
        assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("BUSINESS_HOURS", "9-5")))
                .hasMessageContaining("09:00-17:00");
        assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("BUSINESS_TIME_ZONE", "Mars/Olympus")))
                .hasMessageContaining("BUSINESS_TIME_ZONE");
    }
}
