package org.examdesk.bot.flows.learners;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.examdesk.admin.client.LearnerModels.GroupRecord;
import org.examdesk.bot.flows.learners.GroupState.Change;
import org.examdesk.bot.flows.learners.GroupWords.Field;
import org.junit.jupiter.api.Test;

/** What people type about a learner group's records, and how a learner group's file is told from others. */
class GroupWordsTest {
    private static final List<GroupRecord> RECORDS = List.of(
            FakeCentreGroups.invalid(4, "Aoife", "O'Sullivan-Byrne", "3 May 2010", "dateOfBirth", "x"),
            FakeCentreGroups.invalid(8, "Ella", "", "2010-03-30", "familyName", "x"),
            FakeCentreGroups.invalid(9, "Noah", "Fischer", "31/02/2010", "dateOfBirth", "x"));

    @Test
    void a_fix_in_one_sentence_gives_the_row_the_field_and_the_value_in_the_apis_form() {
        String text = "change row 4's date of birth to 03/05/2009";

        assertThat(GroupWords.change(text)).contains(Change.FIX);
        assertThat(GroupWords.row(text, RECORDS)).contains(4);
        assertThat(GroupWords.field(text)).contains(Field.DATE_OF_BIRTH);
        assertThat(GroupWords.value(text, Field.DATE_OF_BIRTH)).contains("2009-05-03");
    }

    @Test
    void a_record_is_named_by_its_learner_and_a_value_typed_as_people_do() {
        assertThat(GroupWords.row("fix Noah Fischer's dob", RECORDS)).contains(9);
        assertThat(GroupWords.row("remove ella", RECORDS)).contains(8);
        assertThat(GroupWords.row("remove the chloe one", RECORDS)).isEmpty();
        assertThat(GroupWords.value("Ella's surname should be Jones", Field.FAMILY_NAME))
                .contains("Jones");
        assertThat(GroupWords.typed("123 456 7890", Field.ULN)).contains("1234567890");
        assertThat(GroupWords.typed("31st June 2010", Field.DATE_OF_BIRTH)).isEmpty();
        assertThat(GroupWords.change("delete row 9")).contains(Change.REMOVE);
        assertThat(GroupWords.change("ok submit it")).contains(Change.SUBMIT);
    }

    @Test
    void a_group_name_is_read_from_the_text_sent_with_a_file() {
        assertThat(GroupWords.groupName("call it \"Year 12 resits\"")).contains("Year 12 resits");
        assertThat(GroupWords.groupName("Year 9 Spring")).contains("Year 9 Spring");
        assertThat(GroupWords.groupName("  ")).isEmpty();
    }

    @Test
    void a_learner_groups_file_is_told_by_the_template_columns_in_a_csv_or_an_xlsx() throws Exception {
        byte[] csv = "\uFEFF\"ULN\";\"Given name\";Family name;Date of birth;Gender\n".getBytes(StandardCharsets.UTF_8);
        byte[] students = "Forename,Surname,UCI,Email,Date of birth,School year\n".getBytes(StandardCharsets.UTF_8);
        byte[] fewer = "Given name,Family name,Date of birth\n".getBytes(StandardCharsets.UTF_8);

        assertThat(GroupFileHeader.isGroupFile("group.csv", csv)).isTrue();
        assertThat(GroupFileHeader.isGroupFile("students.csv", students)).isFalse();
        assertThat(GroupFileHeader.isGroupFile("fewer.csv", fewer)).isFalse();
        assertThat(GroupFileHeader.isGroupFile(
                        "group.xlsx", xlsx("Given name", "Family name", "Date of birth", "Gender", "ULN")))
                .isTrue();
        assertThat(GroupFileHeader.isGroupFile("students.xlsx", xlsx("Forename", "Surname", "UCI")))
                .isFalse();
        assertThat(GroupFileHeader.isGroupFile("broken.xlsx", csv)).isFalse();
    }

    private static byte[] xlsx(String... cells) throws Exception {
        StringBuilder strings = new StringBuilder("<sst>");
        for (String c : cells) {
            strings.append("<si><t>").append(c).append("</t></si>");
        }
        strings.append("</sst>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write(strings.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
