package org.examdesk.admin.learners.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checks of one new learner on its own (domain section 3): given name, family name and date of birth are
 * required; names are letters; the date of birth is a real day after 1900 and before today; the gender is one we
 * know or blank; a ULN, when given, is ten digits with the right check digit. Every problem is reported.
 */
final class FieldCheck {
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final Map<String, String> GENDERS = Map.ofEntries(
            Map.entry("", "NOT_GIVEN"),
            Map.entry("f", "FEMALE"),
            Map.entry("female", "FEMALE"),
            Map.entry("m", "MALE"),
            Map.entry("male", "MALE"),
            Map.entry("o", "OTHER"),
            Map.entry("other", "OTHER"),
            Map.entry("x", "OTHER"),
            Map.entry("non-binary", "OTHER"),
            Map.entry("not given", "NOT_GIVEN"),
            Map.entry("not_given", "NOT_GIVEN"),
            Map.entry("not known", "NOT_GIVEN"),
            Map.entry("unknown", "NOT_GIVEN"),
            Map.entry("prefer not to say", "NOT_GIVEN"));

    private FieldCheck() {}

    static Outcome check(NewLearner learner, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        String given = name(learner.given(), "givenName", "Given name", problems);
        String family = name(learner.family(), "familyName", "Family name", problems);
        LocalDate dob = dateOfBirth(learner.dob(), today, problems);
        String gender = GENDERS.get(learner.genderText().toLowerCase(Locale.ROOT));
        if (gender == null) {
            problems.add(new Problem(
                    "gender",
                    "invalid",
                    "Gender '" + learner.genderText() + "' is not one we record: write Female, Male or Other, or "
                            + "leave it blank."));
        }
        String uln = uln(learner.ulnText(), problems);
        return new Outcome(new Draft(given, family, dob, gender, uln), problems);
    }

    private static String name(String value, String field, String words, List<Problem> problems) {
        if (value.isEmpty()) {
            problems.add(new Problem(field, "required", words + " is required."));
            return null;
        }
        if (!Names.isValid(value)) {
            problems.add(new Problem(
                    field,
                    "invalid",
                    words + " '" + value + "' is not a name: use up to 100 letters, spaces, hyphens or "
                            + "apostrophes, starting with a letter."));
            return null;
        }
        return value;
    }

    private static LocalDate dateOfBirth(String value, LocalDate today, List<Problem> problems) {
        if (value.isEmpty()) {
            problems.add(new Problem("dateOfBirth", "required", "Date of birth is required."));
            return null;
        }
        SpreadsheetDates.Parsed parsed = SpreadsheetDates.parse(value);
        if (parsed.date() == null) {
            problems.add(
                    new Problem("dateOfBirth", "invalid", "Date of birth '" + value + "' " + parsed.problem() + "."));
            return null;
        }
        if (parsed.date().isBefore(EARLIEST) || !parsed.date().isBefore(today)) {
            problems.add(new Problem(
                    "dateOfBirth",
                    "invalid",
                    "Date of birth " + parsed.date() + " must be after 1900 and before today."));
            return null;
        }
        return parsed.date();
    }

    private static String uln(String value, List<Problem> problems) {
        if (value.isEmpty()) {
            return null;
        }
        if (!Uln.hasTenDigits(value)) {
            problems.add(new Problem(
                    "uln",
                    "invalid",
                    "ULN '" + value + "' must be ten digits (it has " + value.length() + " characters); leave it "
                            + "blank if the learner has none."));
            return null;
        }
        if (!Uln.isValid(value)) {
            problems.add(new Problem(
                    "uln",
                    "check_digit",
                    "ULN " + value + " is not a valid ULN: its last digit is not the check digit of the first nine."
                            + " Check it for a typing error."));
            return null;
        }
        return value;
    }
}
