package org.examdesk.admin.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.examdesk.admin.web.Json;
import org.junit.jupiter.api.Test;

class RoutingTest {
    private final ObjectMapper json = Json.mapper();
    private final Routing routing = Routing.load(json, "cases/fixtures/routing.json");

    @Test
    void the_first_matching_rule_wins() {
        // a student's complaint matches both the complaints rule and the student rule; complaints comes first
        assertThat(routing.route("student", "complaints")).isEqualTo(new Routing.Route("complaints", 10));
    }

    @Test
    void a_rule_on_customer_type_alone_matches_any_category() {
        assertThat(routing.route("student", "accounts")).isEqualTo(new Routing.Route("students", 5));
        assertThat(routing.route("student", null)).isEqualTo(new Routing.Route("students", 5));
    }

    @Test
    void a_rule_on_both_needs_both_to_match() {
        assertThat(routing.route("centre", "accounts").queue()).isEqualTo("accounts");
        assertThat(routing.route("parent", "accounts").queue()).isEqualTo("general");
    }

    @Test
    void a_rule_without_target_days_uses_the_default_target() {
        assertThat(routing.route("centre", "accounts")).isEqualTo(new Routing.Route("accounts", 2));
    }

    @Test
    void a_case_no_rule_matches_goes_to_the_default_queue_with_the_default_target() {
        assertThat(routing.route("centre", "bookings")).isEqualTo(new Routing.Route("general", 2));
    }

    @Test
    void queues_are_listed_in_file_order_and_found_by_value() {
        assertThat(routing.queues())
                .extracting(Routing.Queue::value)
                .containsExactly("general", "complaints", "students", "accounts");
        assertThat(routing.queue("complaints"))
                .contains(new Routing.Queue("complaints", "Complaints", "01632 960 107"));
        assertThat(routing.queue("accounts").orElseThrow().phone()).isNull();
        assertThat(routing.queue("nowhere")).isEmpty();
    }

    @Test
    void the_shipped_routing_follows_the_response_targets_of_the_domain() {
        Routing shipped = Routing.load(json, Cases.ROUTING);
        assertThat(shipped.route("centre", "student-accounts").targetDays()).isEqualTo(2);
        assertThat(shipped.route("centre", "associates").targetDays()).isEqualTo(3);
        assertThat(shipped.route("centre", "special-considerations").targetDays())
                .isEqualTo(5);
        assertThat(shipped.route("student", "results").targetDays()).isEqualTo(5);
        assertThat(shipped.route("parent", "results").targetDays()).isEqualTo(5);
        assertThat(shipped.route("centre", "complaints").targetDays()).isEqualTo(10);
    }

    @Test
    void a_rule_sending_cases_to_an_unlisted_queue_stops_the_load() {
        assertThatThrownBy(() -> Routing.load(json, "cases/fixtures/routing-unknown-queue.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cases/fixtures/routing-unknown-queue.json: a rule sends cases to queue 'complaints', "
                        + "which is not listed under \"queues\".");
    }

    @Test
    void an_unlisted_default_queue_stops_the_load() {
        assertThatThrownBy(() -> Routing.load(json, "cases/fixtures/routing-unknown-default.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cases/fixtures/routing-unknown-default.json: the default queue 'nowhere' is not listed.");
    }

    @Test
    void a_missing_file_is_named() {
        assertThatThrownBy(() -> Routing.load(json, "cases/fixtures/none.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The case routing file cases/fixtures/none.json is missing from the classpath.");
    }
}
