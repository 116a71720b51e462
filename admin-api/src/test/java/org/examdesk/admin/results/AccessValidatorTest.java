package org.examdesk.admin.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.examdesk.admin.web.ApiException;
import org.junit.jupiter.api.Test;

class AccessValidatorTest {
    private final AccessValidator validator = new AccessValidator(30);

    private static AccessRequest request(
            String mode, Boolean agreed, String name, String phone, String email, Integer delay) {
        return new AccessRequest(mode, agreed, new AccessRequest.Contact(name, phone, email), delay);
    }

    private static ApiException refused(ThrowingCallable call) {
        ApiException e = catchThrowableOfType(call, ApiException.class);
        assertThat(e).as("an ApiException").isNotNull();
        return e;
    }

    @Test
    void access_for_all_with_agreement_a_name_and_a_phone_is_accepted_and_cleaned() {
        AccessSettings s = validator.validate(request(" all ", true, " Ann Lee ", " 01632 960 101 ", " ", 3));
        assertThat(s).isEqualTo(new AccessSettings(AccessMode.ALL, true, "Ann Lee", "01632 960 101", null, 3));
    }

    @Test
    void an_email_alone_is_enough_contact_and_is_lower_cased() {
        AccessSettings s = validator.validate(request("SELECTED", true, "Ann", null, " Ann@School.Example ", null));
        assertThat(s).isEqualTo(new AccessSettings(AccessMode.SELECTED, true, "Ann", null, "ann@school.example", 0));
    }

    @Test
    void no_access_needs_neither_agreement_nor_contact() {
        assertThat(validator.validate(new AccessRequest("none", null, null, null)))
                .isEqualTo(AccessSettings.none());
    }

    @Test
    void no_body_is_a_bad_request() {
        ApiException e = refused(() -> validator.validate(null));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e).hasMessage("Send the settings as JSON: mode, agreedToHandleQueries, contact, delayDays.");
    }

    @Test
    void an_unknown_or_missing_mode_is_refused() {
        ApiException e = refused(() -> validator.validate(request("some", true, "Ann", "0163296010", null, 0)));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e).hasMessage("The mode must be NONE, ALL or SELECTED, not 'some'.");
        assertThat(refused(() -> validator.validate(request(null, true, "Ann", "0163296010", null, 0))))
                .hasMessage("The mode must be NONE, ALL or SELECTED.");
    }

    @Test
    void the_delay_runs_from_0_to_the_maximum() {
        assertThat(validator
                        .validate(request("ALL", true, "Ann", "0163296010", null, 0))
                        .delayDays())
                .isZero();
        assertThat(validator
                        .validate(request("ALL", true, "Ann", "0163296010", null, 30))
                        .delayDays())
                .isEqualTo(30);
        assertThat(refused(() -> validator.validate(request("ALL", true, "Ann", "0163296010", null, 31))))
                .hasMessage("The release delay must be from 0 to 30 days, not 31.");
        assertThat(refused(() -> validator.validate(request("NONE", null, null, null, null, -1))))
                .hasMessage("The release delay must be from 0 to 30 days, not -1.");
        assertThat(validator.maxDelayDays()).isEqualTo(30);
    }

    @Test
    void a_delay_checked_on_its_own_adds_to_the_problems_given() {
        List<String> problems = new ArrayList<>();
        validator.checkDelay(30, problems);
        assertThat(problems).isEmpty();
        validator.checkDelay(31, problems);
        assertThat(problems).containsExactly("The release delay must be from 0 to 30 days, not 31.");
    }

    @Test
    void a_phone_holds_6_to_25_digits_spaces_dashes_and_brackets_after_an_optional_plus() {
        assertThat(validator
                        .validate(request("ALL", true, "Ann", "123456", null, 0))
                        .contactPhone())
                .isEqualTo("123456");
        assertThat(validator
                        .validate(request("ALL", true, "Ann", "+" + "1".repeat(25), null, 0))
                        .contactPhone())
                .hasSize(26);
        for (String wrong : new String[] {"12345", "1".repeat(26), "0163 296 010 ext 1"}) {
            assertThat(refused(() -> validator.validate(request("ALL", true, "Ann", wrong, null, 0))))
                    .hasMessage("The contact phone '" + wrong + "' is not a phone number (digits, spaces, + - and "
                            + "brackets).");
        }
    }

    @Test
    void a_malformed_email_is_refused_even_when_access_is_off() {
        assertThat(refused(() -> validator.validate(request("NONE", null, null, null, "ann.school.example", 0))))
                .hasMessage("The contact email 'ann.school.example' is not an email address.");
    }

    @Test
    void giving_access_without_agreement_name_or_contact_names_every_problem() {
        ApiException e = refused(() -> validator.validate(request("ALL", false, " ", null, null, 0)));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e)
                .hasMessage(
                        "To give candidates access, agree to handle their queries (agreedToHandleQueries: " + "true).");
        assertThat(e.details())
                .containsExactly(
                        "To give candidates access, agree to handle their queries (agreedToHandleQueries: true).",
                        "Give the name of the person who will handle candidates' queries.",
                        "Give the contact's phone number or email address: candidates need one of them.");
    }

    @Test
    void problems_are_listed_delay_first_then_formats_then_access_needs() {
        ApiException e = refused(() -> validator.validate(request("SELECTED", null, "Ann", "x", "y", 99)));
        assertThat(e.details())
                .containsExactly(
                        "The release delay must be from 0 to 30 days, not 99.",
                        "The contact phone 'x' is not a phone number (digits, spaces, + - and brackets).",
                        "The contact email 'y' is not an email address.",
                        "To give candidates access, agree to handle their queries (agreedToHandleQueries: true).");
    }

    @Test
    void a_bad_mode_skips_the_access_needs() {
        ApiException e = refused(() -> validator.validate(request("EVERYONE", false, null, null, null, 0)));
        assertThat(e.details()).containsExactly("The mode must be NONE, ALL or SELECTED, not 'EVERYONE'.");
    }
}
