package org.examdesk.bot.flows.learners;

import java.util.List;
import java.util.Optional;
import org.examdesk.admin.client.LearnerModels.Learner;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.understanding.Slots;

/**
 * Asks which learner: several learners for one name become a choice list (learner id and date of birth on each),
 * none a sentence with the closest names; and reads the answer, pressed or typed ("the second one").
 */
final class LearnerChooser {
    static final String PICK = "learner:";
    static final int MAX_CHOICES = 8;

    /** A learner offered in a choice list, with the label shown. */
    record Offered(long id, String label) {}

    static List<Offered> offered(List<Learner> learners) {
        return learners.stream()
                .limit(MAX_CHOICES)
                .map(l -> new Offered(l.id(), Wording.label(l)))
                .toList();
    }

    /** Asks which of {@code offered}, the learners that match {@code described}, is meant. */
    void offer(Turn turn, List<Offered> offered, String described) {
        List<Reply.Option> options =
                offered.stream().map(o -> turn.option(o.label(), PICK + o.id())).toList();
        String more = offered.size() == MAX_CHOICES ? " (or give a learner id or ULN to narrow it down)" : "";
        turn.choices(offered.size() + " learners match " + described + more + ". Which one?", options);
    }

    void askWho(Turn turn, String question) {
        turn.say(question + " Give their name, learner id (such as L12345678) or ULN.");
    }

    void notFound(Turn turn, LearnerReferences.Found found) {
        String near =
                found.closest().isEmpty() ? "" : " The closest names are " + String.join(", ", found.closest()) + ".";
        turn.say("I can't find " + found.described() + " at your centre." + near
                + " Check the spelling, or give their learner id or ULN.");
    }

    /** The learner picked from {@code offered}: a pressed button, or a typed "the second one" or "the 2009 one". */
    static Optional<Long> picked(Turn turn, List<Offered> offered) {
        String action = turn.action();
        if (action != null && action.startsWith(PICK)) {
            long id = Long.parseLong(action.substring(PICK.length()));
            return offered.stream().filter(o -> o.id() == id).map(Offered::id).findFirst();
        }
        if (turn.text() == null || offered.isEmpty()) {
            return Optional.empty();
        }
        int chosen =
                Slots.choice(turn.text(), offered.stream().map(Offered::label).toList());
        return chosen < 0 ? Optional.empty() : Optional.of(offered.get(chosen).id());
    }
}
