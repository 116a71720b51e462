package org.examdesk.admin.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.Json;
import org.junit.jupiter.api.Test;

class CaseValidatorTest {
    private final CaseValidator validator = new CaseValidator(Taxonomy.load(Json.mapper(), TaxonomyTest.FIXTURE));

    private static CaseRequest request(
            String customerType,
            String issueType,
            String category,
            String subcategory,
            String qualification,
            String subject,
            String title,
            String description) {
        return new CaseRequest(
                customerType,
                issueType,
                category,
                subcategory,
                qualification,
                subject,
                title,
                description,
                "CHAT",
                null,
                null);
    }

    private static CaseRequest valid() {
        return request(
                "centre", "support", "accounts", "locked", "gcse", "maths", "Locked out", "A student is locked.");
    }

    private static ApiException invalid(ThrowingCallable call) {
        ApiException e = catchThrowableOfType(call, ApiException.class);
        assertThat(e).as("an ApiException").isNotNull();
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.code()).isEqualTo("invalid");
        return e;
    }

    @Test
    void a_complete_request_gives_the_trimmed_fields() {
        CaseRequest padded = request(
                " centre ",
                " support",
                "accounts ",
                " locked ",
                " gcse",
                "maths ",
                "  Locked out \n",
                "\tA student is locked.  ");
        assertThat(validator.check(padded))
                .isEqualTo(new CaseRequest.Fields(
                        "centre",
                        "support",
                        "accounts",
                        "locked",
                        "gcse",
                        "maths",
                        "Locked out",
                        "A student is locked."));
    }

    @Test
    void every_missing_field_is_named_at_once_in_form_order() {
        CaseRequest r = new CaseRequest("centre", null, " ", "locked", "", "maths", "Subject", null, null, null, null);
        ApiException e = invalid(() -> validator.check(r));
        assertThat(e)
                .hasMessage("Fill in every mandatory field; missing: issueType, category, qualification, "
                        + "description, supportOption.");
        assertThat(e.details())
                .containsExactly("issueType", "category", "qualification", "description", "supportOption");
    }

    @Test
    void an_unknown_customer_type_is_named() {
        ApiException e = invalid(
                () -> validator.check(request("parent", "support", "accounts", "locked", "gcse", "maths", "S", "D")));
        assertThat(e).hasMessage("There is no customer type 'parent'.");
        assertThat(e.details()).containsExactly("customerType");
    }

    @Test
    void an_issue_type_of_another_customer_type_is_refused() {
        ApiException e = invalid(() ->
                validator.check(request("student", "support", "complaints", "service", "gcse", "maths", "S", "D")));
        assertThat(e).hasMessage("The issue type 'support' is not one of those for Student.");
        assertThat(e.details()).containsExactly("issueType");
    }

    @Test
    void a_category_of_another_issue_type_is_refused() {
        ApiException e = invalid(
                () -> validator.check(request("student", "feedback", "accounts", "locked", "gcse", "maths", "S", "D")));
        assertThat(e).hasMessage("The category 'accounts' does not belong to the issue type Feedback.");
        assertThat(e.details()).containsExactly("category");
    }

    @Test
    void a_subcategory_of_another_category_is_refused() {
        ApiException e = invalid(
                () -> validator.check(request("centre", "support", "complaints", "locked", "gcse", "maths", "S", "D")));
        assertThat(e).hasMessage("The subcategory 'locked' does not belong to the category Complaints.");
        assertThat(e.details()).containsExactly("subcategory");
    }

    @Test
    void an_unknown_qualification_is_named() {
        ApiException e = invalid(
                () -> validator.check(request("centre", "support", "accounts", "locked", "btec", "maths", "S", "D")));
        assertThat(e).hasMessage("There is no qualification 'btec'.");
        assertThat(e.details()).containsExactly("qualification");
    }

    @Test
    void a_subject_of_another_qualification_is_refused() {
        ApiException e = invalid(() ->
                validator.check(request("centre", "support", "accounts", "locked", "a-level", "maths", "S", "D")));
        assertThat(e).hasMessage("The subject 'maths' is not one of those for A Level.");
        assertThat(e.details()).containsExactly("qualificationSubject");
    }

    @Test
    void the_subject_may_hold_200_characters_after_stripping_but_not_201() {
        String longest = "s".repeat(CaseValidator.MAX_SUBJECT);
        assertThat(validator.check(withSubject(" " + longest + " ")).subject()).isEqualTo(longest);
        ApiException e = invalid(() -> validator.check(withSubject(longest + "s")));
        assertThat(e).hasMessage("Keep the subject to 200 characters.");
        assertThat(e.details()).containsExactly("subject");
    }

    @Test
    void the_description_may_hold_10000_characters_after_stripping_but_not_10001() {
        String longest = "d".repeat(CaseValidator.MAX_DESCRIPTION);
        assertThat(validator.check(withDescription(longest + "\n")).description())
                .isEqualTo(longest);
        ApiException e = invalid(() -> validator.check(withDescription(longest + "d")));
        assertThat(e).hasMessage("Keep the description to 10000 characters.");
        assertThat(e.details()).containsExactly("description");
    }

    @Test
    void the_cascade_is_checked_before_the_lengths() {
        CaseRequest r = request("parent", "support", "accounts", "locked", "gcse", "maths", "s".repeat(201), "D");
        assertThat(invalid(() -> validator.check(r)).details()).containsExactly("customerType");
    }

    @Test
    void the_support_option_is_read_in_any_case_and_anything_else_is_refused() {
        assertThat(CaseValidator.supportOption("chat")).isEqualTo(SupportOption.CHAT);
        assertThat(CaseValidator.supportOption(" Call ")).isEqualTo(SupportOption.CALL);
        assertThat(CaseValidator.supportOption("MESSAGE")).isEqualTo(SupportOption.MESSAGE);
        for (String wrong : new String[] {"email", "", null}) {
            ApiException e = invalid(() -> CaseValidator.supportOption(wrong));
            assertThat(e).hasMessage("Choose CHAT, CALL or MESSAGE as the support option.");
            assertThat(e.details()).containsExactly("supportOption");
        }
    }

    /** A contact with every detail given; the test changes one at a time. */
    private static CaseRequest.ContactRequest contact(String name, String email, String phone) {
        return new CaseRequest.ContactRequest(name, email, phone, "United Kingdom", "English", "Riverside School");
    }

    @Test
    void contact_details_are_cleaned() {
        assertThat(CaseValidator.contact(new CaseRequest.ContactRequest(
                        " Ann Lee ", " ann@school.example ", " 01632 960000 ", " Wales ", " Welsh ", " Ysgol Uwch ")))
                .isEqualTo(new CaseDao.Contact(
                        "Ann Lee", "ann@school.example", "01632 960000", "Wales", "Welsh", "Ysgol Uwch"));
        assertThat(CaseValidator.contact(contact("Ann", "ann@school.example", " +44 (0)1632 960-101 "))
                        .phone())
                .isEqualTo("+44 (0)1632 960-101");
    }

    @Test
    void every_missing_contact_detail_is_named_together_in_plain_words() {
        ApiException e =
                invalid(() -> CaseValidator.contact(new CaseRequest.ContactRequest(" ", null, "", null, " ", null)));
        assertThat(e)
                .hasMessage("Give every contact detail so that we can reach you; missing: name, email address, "
                        + "phone number, country, language, school, college or institution.");
        assertThat(e.details())
                .containsExactly(
                        "contact.name",
                        "contact.email",
                        "contact.phone",
                        "contact.country",
                        "contact.language",
                        "contact.institution");
        assertThat(invalid(() -> CaseValidator.contact(contact("Ann", "", "01632 960000")))
                        .details())
                .containsExactly("contact.email");
        assertThat(invalid(() -> CaseValidator.contact(contact("Ann", "ann@school.example", null)))
                        .details())
                .containsExactly("contact.phone");
    }

    @Test
    void a_contact_detail_longer_than_two_hundred_characters_is_refused() {
        ApiException e = invalid(() -> CaseValidator.contact(new CaseRequest.ContactRequest(
                "Ann", "ann@school.example", "01632 960000", "United Kingdom", "English", "x".repeat(201))));
        assertThat(e).hasMessage("Keep the school, college or institution to 200 characters.");
        assertThat(e.details()).containsExactly("contact.institution");
    }

    @Test
    void a_contact_email_must_look_like_an_address_of_at_most_254_characters() {
        ApiException e = invalid(() -> CaseValidator.contact(contact("Ann", "ann.school.example", "01632 960000")));
        assertThat(e).hasMessage("The contact email 'ann.school.example' is not an email address.");
        assertThat(e.details()).containsExactly("contact.email");
        String longest = "a".repeat(254 - "@school.example".length()) + "@school.example";
        assertThat(CaseValidator.contact(contact("Ann", longest, "01632 960000"))
                        .email())
                .isEqualTo(longest);
        assertThat(invalid(() -> CaseValidator.contact(contact("Ann", "a" + longest, "01632 960000")))
                        .details())
                .containsExactly("contact.email");
        assertThat(invalid(() -> CaseValidator.contact(contact("Ann", "ann@school", "01632 960000")))
                        .details())
                .containsExactly("contact.email");
    }

    @Test
    void a_contact_phone_holds_6_to_30_of_digits_spaces_plus_brackets_and_dashes() {
        assertThat(CaseValidator.contact(contact("Ann", "a@b.example", "123456"))
                        .phone())
                .isEqualTo("123456");
        assertThat(CaseValidator.contact(contact("Ann", "a@b.example", "1".repeat(30)))
                        .phone())
                .hasSize(30);
        for (String wrong : new String[] {"12345", "1".repeat(31), "01632 960 10x"}) {
            ApiException e = invalid(() -> CaseValidator.contact(contact("Ann", "a@b.example", wrong)));
            assertThat(e).hasMessage("The contact phone may hold only digits, spaces, +, ( ) and -.");
            assertThat(e.details()).containsExactly("contact.phone");
        }
    }

    private static CaseRequest withSubject(String subject) {
        CaseRequest v = valid();
        return request(
                v.customerType(),
                v.issueType(),
                v.category(),
                v.subcategory(),
                v.qualification(),
                v.qualificationSubject(),
                subject,
                v.description());
    }

    private static CaseRequest withDescription(String description) {
        CaseRequest v = valid();
        return request(
                v.customerType(),
                v.issueType(),
                v.category(),
                v.subcategory(),
                v.qualification(),
                v.qualificationSubject(),
                v.subject(),
                description);
    }
}
