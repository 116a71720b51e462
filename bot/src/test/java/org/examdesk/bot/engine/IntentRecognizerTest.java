package org.examdesk.bot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.examdesk.bot.engine.Intent.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IntentRecognizerTest {
    private final IntentRecognizer recognizer = new IntentRecognizer();

    @ParameterizedTest(name = "staff: \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "Sam Patel can't log in to results | ACCOUNT_PROBLEM",
            "reactivate Sam Patel | REACTIVATE",
            "please unlock 402312600001K | REACTIVATE",
            "change the email of Sam Patel | CHANGE_EMAIL",
            "Sam Patel's email is wrong | CHANGE_EMAIL",
            "reactivate every locked student in year 11 | BULK_REACTIVATE",
            "remove mock results access for Sam Patel | REMOVE_ACCESS",
            "give high stakes permission back to Ava Smith | GRANT_ACCESS",
            "give all my candidates results access for June | RESULTS_ACCESS",
            "why can't candidate 0042 log in | CANDIDATE_LOGIN",
            "I changed the delay | STALE_LETTERS",
            "case 12345678 | TRACK_CASE",
            "my cases | MY_CASES",
            "open a case | OPEN_CASE",
            "can I talk to a person | TALK_TO_PERSON",
            "import students from a csv | IMPORT_STUDENTS",
            "export verification codes for june | EXPORT_CODES",
            "start over | START_OVER",
            "help | HELP",
            "how do I book an onscreen test | QUESTION",
            "how do I reactivate a locked student account | QUESTION",
            "what is a UCI | QUESTION"})
    void staff_messages_are_recognised(String text, Kind expected) {
        assertThat(recognizer.recognise(text, true).kind()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "student or visitor: \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "I never got my activation email | MY_ACCOUNT",
            "my account is locked | MY_ACCOUNT",
            "what is my account status | MY_ACCOUNT",
            "reactivate Sam Patel | QUESTION",
            "what does locked mean | QUESTION",
            "my student is locked out, how do I reactivate the account | QUESTION"})
    void students_cannot_start_staff_actions(String text, Kind expected) {
        assertThat(recognizer.recognise(text, false).kind()).isEqualTo(expected);
    }

    @Test
    void names_ucis_emails_dates_and_case_numbers_are_picked_out() {
        Entities e = Entities.extract("Reactivate Sam Patel 402312600001K, email sam.p@example.org, dob 03/04/2011, case 12345678 for June 2026 year 11");

        assertThat(e.name()).map(Entities.PersonName::full).hasValue("Sam Patel");
        assertThat(e.ucis()).containsExactly("402312600001K");
        assertThat(e.emails()).containsExactly("sam.p@example.org");
        assertThat(e.dates()).containsExactly(LocalDate.of(2011, 4, 3));
        assertThat(e.caseNumbers()).containsExactly("12345678");
        assertThat(e.series()).hasValue("june-2026");
        assertThat(e.schoolYear()).hasValue(11);
    }

    @Test
    void an_impossible_date_is_not_a_date() {
        assertThat(Entities.extract("born 31/02/2011").dates()).isEmpty();
    }
}
