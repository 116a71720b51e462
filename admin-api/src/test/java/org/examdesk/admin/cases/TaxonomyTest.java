package org.examdesk.admin.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import org.examdesk.admin.web.Json;
import org.junit.jupiter.api.Test;

class TaxonomyTest {
    static final String FIXTURE = "cases/fixtures/taxonomy.json";
    private final ObjectMapper json = Json.mapper();
    private final Taxonomy taxonomy = Taxonomy.load(json, FIXTURE);

    @Test
    void the_shipped_taxonomy_file_loads() {
        Taxonomy shipped = Taxonomy.load(json, Cases.TAXONOMY);
        assertThat(shipped.view().customerTypes()).isNotEmpty();
        assertThat(shipped.view().qualifications()).isNotEmpty();
    }

    @Test
    void categories_defined_once_are_resolved_into_each_issue_type_that_names_them() {
        Taxonomy.CustomerTypeView centre = taxonomy.customerType("centre").orElseThrow();
        Taxonomy.IssueTypeView support = Taxonomy.issueType(centre, "support").orElseThrow();
        assertThat(support.categories())
                .extracting(Taxonomy.CategoryView::value)
                .containsExactly("accounts", "complaints");
        Taxonomy.CustomerTypeView student = taxonomy.customerType("student").orElseThrow();
        Taxonomy.CategoryView complaints = Taxonomy.category(
                        Taxonomy.issueType(student, "feedback").orElseThrow(), "complaints")
                .orElseThrow();
        assertThat(complaints.label()).isEqualTo("Complaints");
        assertThat(complaints.subcategories()).containsExactly(new Taxonomy.Choice("service", "About our service"));
    }

    @Test
    void the_chat_flag_of_each_customer_type_is_kept() {
        assertThat(taxonomy.customerType("centre").orElseThrow().chat()).isTrue();
        assertThat(taxonomy.customerType("student").orElseThrow().chat()).isFalse();
    }

    @Test
    void lookups_match_values_exactly() {
        assertThat(taxonomy.customerType("centre")).isPresent();
        assertThat(taxonomy.customerType("Centre")).isEmpty();
        assertThat(taxonomy.customerType("parent")).isEmpty();
        Taxonomy.CustomerTypeView student = taxonomy.customerType("student").orElseThrow();
        assertThat(Taxonomy.issueType(student, "support")).isEmpty();
        Taxonomy.IssueTypeView feedback =
                Taxonomy.issueType(student, "feedback").orElseThrow();
        assertThat(Taxonomy.category(feedback, "accounts")).isEmpty();
        assertThat(taxonomy.qualification("gcse")).isPresent();
        assertThat(taxonomy.qualification("btec")).isEmpty();
    }

    @Test
    void a_choice_is_found_only_by_its_value() {
        List<Taxonomy.Choice> choices = List.of(new Taxonomy.Choice("locked", "Locked account"));
        assertThat(Taxonomy.hasChoice(choices, "locked")).isTrue();
        assertThat(Taxonomy.hasChoice(choices, "Locked account")).isFalse();
        assertThat(Taxonomy.hasChoice(List.of(), "locked")).isFalse();
    }

    @Test
    void labels_are_looked_up_and_fall_back_to_the_value() {
        assertThat(taxonomy.categoryLabel("accounts")).isEqualTo("Student accounts");
        assertThat(taxonomy.categoryLabel("unknown")).isEqualTo("unknown");
        assertThat(taxonomy.subcategoryLabel("accounts", "locked")).isEqualTo("Locked account");
        assertThat(taxonomy.subcategoryLabel("complaints", "locked")).isEqualTo("locked");
        assertThat(taxonomy.qualificationLabel("a-level")).isEqualTo("A Level");
        assertThat(taxonomy.qualificationLabel("btec")).isEqualTo("btec");
        assertThat(taxonomy.subjectLabel("gcse", "maths")).isEqualTo("Mathematics");
        assertThat(taxonomy.subjectLabel("a-level", "maths")).isEqualTo("maths");
        assertThat(taxonomy.subjectLabel("btec", "maths")).isEqualTo("maths");
    }

    @Test
    void an_issue_type_naming_an_undefined_category_stops_the_load_with_the_file_and_the_names() {
        assertThatThrownBy(() -> Taxonomy.load(json, "cases/fixtures/taxonomy-unknown-category.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cases/fixtures/taxonomy-unknown-category.json: issue type 'support' names category "
                        + "'bookings', which is not defined under \"categories\".");
    }

    @Test
    void a_missing_file_is_named() {
        assertThatThrownBy(() -> Taxonomy.load(json, "cases/fixtures/none.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The case taxonomy cases/fixtures/none.json is missing from the classpath.");
    }

    @Test
    void a_file_that_is_not_json_is_named() {
        assertThatThrownBy(() -> Taxonomy.load(json, "cases/fixtures/not-json.json"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("The case taxonomy cases/fixtures/not-json.json is not valid: ");
    }
}
