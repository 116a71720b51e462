package org.examdesk.bot.flows.learners;

import java.util.List;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.cases.CaseDraft;
import org.examdesk.bot.flows.cases.OpenCaseFlow;

/**
 * A learner whose one amendment is used (domain section 3): any further change is the board's account specialist's,
 * so this hands over to a case about exactly it, with the learner, the detail, its value on file and the correct
 * value filled in, and the contact form's answers for learner amendments.
 */
final class AmendmentCase {
    /** The contact form's answers for this problem (see the case taxonomy); any the taxonomy lacks are asked. */
    private static final CaseDraft FORM = CaseDraft.answers(
            "centre", "entries-assessment", "entries-registrations", "learner-amendments", "none", "not-applicable");

    private AmendmentCase() {}

    /** Says why the centre cannot make the change ({@code why}), then offers the case. */
    static void offer(Turn turn, AmendmentState s, String why) {
        String field = s.field().words;
        String from = AmendmentWords.show(s.field(), s.current());
        String to = AmendmentWords.show(s.field(), s.value());
        turn.say(why);
        OpenCaseFlow.handOver(
                turn,
                FORM.describedAs(
                        "Learner amendment: " + field + " of " + s.name() + " (" + s.learnerRef() + ")",
                        "Please amend the " + field + " of learner " + s.described() + ". On file: " + from
                                + ". Correct " + field + ": " + to + ". The centre has already made the learner's one "
                                + "amendment (" + s.usedForOr("see the learner's record") + "), so only the board's "
                                + "account specialist can make this change."));
        turn.choices(
                "Shall I open a case asking the board's account specialist to change " + s.name() + "'s " + field
                        + " from " + from + " to " + to + "?",
                List.of(turn.option("Open a case", "begin")));
    }
}
