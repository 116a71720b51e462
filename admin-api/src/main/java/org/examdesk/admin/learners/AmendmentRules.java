package org.examdesk.admin.learners;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.examdesk.admin.learners.intake.Names;
import org.examdesk.admin.web.ApiException;

/**
 * The rules of a learner amendment (domain section 3), without the database: which fields a centre may amend, what
 * a good new value is, and the refusal once the learner's one amendment has been used.
 */
final class AmendmentRules {
    /** The fields a centre may amend, by their API name, with their stored name. */
    enum Field {
        GIVEN_NAME("givenName", "given name"),
        FAMILY_NAME("familyName", "family name"),
        DATE_OF_BIRTH("dateOfBirth", "date of birth");

        final String apiName;
        final String words;

        Field(String apiName, String words) {
            this.apiName = apiName;
            this.words = words;
        }
    }

    /** One checked change: the field, its value now and the new one, as text. */
    record Change(Field field, String oldValue, String newValue) {}

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private AmendmentRules() {}

    /** The change {@code request} asks of {@code learner}, or a 422 naming the field at fault. */
    static Change check(AmendmentRequest request, LearnerRow learner, LocalDate today) {
        Field field = field(request == null ? null : request.field());
        String value = request.value() == null ? "" : request.value().trim();
        String old = current(field, learner);
        if (field == Field.DATE_OF_BIRTH) {
            LocalDate date = date(value, today);
            value = date.toString();
        } else if (!Names.isValid(value)) {
            throw ApiException.invalid(
                    "Give the new " + field.words + ": up to 100 letters, spaces, hyphens or apostrophes.",
                    List.of("value"));
        }
        if (value.equals(old)) {
            throw ApiException.invalid(
                    "That is already the learner's " + field.words + ": there is nothing to amend.", List.of("value"));
        }
        return new Change(field, old, value);
    }

    /** The sentence of the refusal when the learner's one amendment has been made already (409). */
    static ApiException alreadyAmended(LearnerRow learner, LearnerDao.Amendment made) {
        return ApiException.conflict(learner.name() + " (" + learner.learnerRef() + ") has already had the one "
                + "amendment a centre may make (" + Field.valueOf(made.field()).words + " from " + made.oldValue()
                + " to " + made.newValue() + "). Any further amendment must be made by the board's account "
                + "specialist: raise a case giving the learner and both the current and the correct value.");
    }

    private static Field field(String name) {
        for (Field f : Field.values()) {
            if (f.apiName.equals(name)) {
                return f;
            }
        }
        throw ApiException.invalid(
                "Say which field to amend: givenName, familyName or dateOfBirth. Other details cannot be amended "
                        + "by the centre.",
                List.of("field"));
    }

    private static LocalDate date(String value, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("Give the date of birth as yyyy-MM-dd, such as 2009-05-03.", List.of("value"));
        }
        if (date.isBefore(EARLIEST) || !date.isBefore(today)) {
            throw ApiException.invalid("A date of birth must be after 1900 and before today.", List.of("value"));
        }
        return date;
    }

    private static String current(Field field, LearnerRow learner) {
        return switch (field) {
            case GIVEN_NAME -> learner.givenName();
            case FAMILY_NAME -> learner.familyName();
            case DATE_OF_BIRTH -> learner.dateOfBirth().toString();
        };
    }
}
