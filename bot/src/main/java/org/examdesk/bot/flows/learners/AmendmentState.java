package org.examdesk.bot.flows.learners;

import java.time.LocalDate;
import java.util.List;
import org.examdesk.admin.client.LearnerModels.Learner;
import org.examdesk.bot.flows.learners.AmendmentWords.Field;
import org.examdesk.bot.flows.learners.LearnerChooser.Offered;

/**
 * What the amendment flow has gathered, kept between turns: the learners offered to choose from, the learner chosen
 * (as on file when chosen) and whether their one amendment is used already, the detail to change and its new value.
 */
record AmendmentState(
        List<Offered> offered,
        Long learnerId,
        String learnerRef,
        String uln,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        boolean used,
        String usedFor,
        Field field,
        String value) {

    /** The steps of an amendment: which learner, which detail, its new value, confirming. */
    enum Step {
        WHO,
        FIELD,
        VALUE,
        CONFIRM
    }

    AmendmentState {
        offered = offered == null ? List.of() : List.copyOf(offered);
    }

    static AmendmentState asking(Field field, String value) {
        return new AmendmentState(List.of(), null, null, null, null, null, null, false, null, field, value);
    }

    AmendmentState offering(List<Offered> learners) {
        return new AmendmentState(
                learners, learnerId, learnerRef, uln, givenName, familyName, dateOfBirth, used, usedFor, field, value);
    }

    /** The learner as on file now; {@code madeAlready} describes their one amendment when it is used. */
    AmendmentState about(Learner l, String madeAlready) {
        return new AmendmentState(
                List.of(),
                l.id(),
                l.learnerRef(),
                l.uln(),
                l.givenName(),
                l.familyName(),
                l.dateOfBirth(),
                madeAlready != null,
                madeAlready,
                field,
                value);
    }

    AmendmentState withField(Field f) {
        return new AmendmentState(
                offered, learnerId, learnerRef, uln, givenName, familyName, dateOfBirth, used, usedFor, f, value);
    }

    AmendmentState withValue(String v) {
        return new AmendmentState(
                offered, learnerId, learnerRef, uln, givenName, familyName, dateOfBirth, used, usedFor, field, v);
    }

    String name() {
        return givenName + " " + familyName;
    }

    /** The chosen detail as on file, in the API's form (a date as yyyy-MM-dd). */
    String current() {
        return switch (field) {
            case GIVEN_NAME -> givenName;
            case FAMILY_NAME -> familyName;
            case DATE_OF_BIRTH -> dateOfBirth == null ? null : dateOfBirth.toString();
        };
    }

    String usedForOr(String otherwise) {
        return usedFor == null ? otherwise : usedFor;
    }

    /** "Amir Khan (learner id L12345678, ULN 1234567890)". */
    String described() {
        return name() + " (learner id " + learnerRef + (uln == null ? "" : ", ULN " + uln) + ")";
    }
}
