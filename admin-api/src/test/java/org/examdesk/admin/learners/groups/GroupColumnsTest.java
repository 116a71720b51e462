package org.examdesk.admin.learners.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.examdesk.admin.web.ApiException;
import org.junit.jupiter.api.Test;

class GroupColumnsTest {
    private static ApiException refused(String... header) {
        try {
            GroupColumns.positions(List.of(header));
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("the header was accepted");
    }

    @Test
    void the_templates_header_maps_each_column_to_its_place() {
        assertThat(GroupColumns.positions(GroupColumns.headers())).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void case_spaces_a_byte_order_mark_order_and_empty_cells_after_the_last_column_do_not_matter() {
        int[] at = GroupColumns.positions(
                List.of("\uFEFFuln", " FAMILY  NAME ", "given name", "Date of Birth", "gender", "", " "));

        assertThat(at).containsExactly(2, 1, 3, 4, 0);
    }

    @Test
    void a_renamed_column_is_named_with_the_template_column_it_replaced() {
        ApiException e = refused("Given name", "Surname", "Date of birth", "Gender", "ULN");

        assertThat(e.status()).isEqualTo(422);
        assertThat(e.details()).containsExactly("file");
        assertThat(e.getMessage())
                .contains("'Surname' (column B) is not a template column: it looks like 'Family name' renamed")
                .contains("Given name, Family name, Date of birth, Gender, ULN");
    }

    @Test
    void a_missing_column_is_named() {
        assertThat(refused("Given name", "Family name", "Date of birth", "ULN").getMessage())
                .contains("'Gender' is missing");
    }

    @Test
    void an_extra_column_is_named_with_its_letter() {
        assertThat(refused("Given name", "Family name", "Date of birth", "Gender", "ULN", "Email")
                        .getMessage())
                .contains("'Email' (column F) is not a template column");
    }

    @Test
    void an_unnamed_column_between_others_and_a_repeated_column_are_refused() {
        assertThat(refused("Given name", "", "Family name", "Date of birth", "Gender", "ULN")
                        .getMessage())
                .contains("column B has no name");
        assertThat(refused("Given name", "Family name", "Date of birth", "Gender", "ULN", "ULN")
                        .getMessage())
                .contains("'ULN' is there twice (columns E and F)");
    }

    @Test
    void column_letters_go_on_past_z() {
        assertThat(GroupColumns.letter(0)).isEqualTo("A");
        assertThat(GroupColumns.letter(25)).isEqualTo("Z");
        assertThat(GroupColumns.letter(26)).isEqualTo("AA");
        assertThatThrownBy(() -> GroupColumns.positions(List.of())).isInstanceOf(ApiException.class);
    }
}
