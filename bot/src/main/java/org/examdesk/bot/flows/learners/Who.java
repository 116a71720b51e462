package org.examdesk.bot.flows.learners;

import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.client.LearnerModels.Learner;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.learners.LearnerChooser.Offered;
import org.examdesk.bot.understanding.NameWords;

/**
 * The learners a message names, for the booking, cancellation and claim flows: each name that matches one learner
 * is that learner; for the first name that matches several it asks which (the flow keeps what it offered, and the
 * learners already clear); a name matching nobody is said with the closest names.
 */
final class Who {
    /** What a message gave: the learners it names clearly, and what was offered for the first unclear name. */
    record Answer(List<Learner> clear, List<Offered> offered, boolean named, boolean missing) {
        boolean complete() {
            return named && !missing && offered.isEmpty() && !clear.isEmpty();
        }

        List<Long> ids() {
            return clear.stream().map(Learner::id).toList();
        }
    }

    private final LearnerReferences references;
    private final LearnerChooser chooser = new LearnerChooser();

    Who(NameWords nameWords) {
        this.references = new LearnerReferences(nameWords);
    }

    LearnerReferences references() {
        return references;
    }

    /** Finds the learners {@code text} names; asks {@code question} when it names none. */
    Answer find(Turn turn, CentreLearners learners, String text, String question) {
        return answer(turn, references.find(learners, text), question);
    }

    /** What {@code found} gives; asks {@code question} when it names nobody. */
    Answer answer(Turn turn, LearnerReferences.Found found, String question) {
        if (!found.named()) {
            chooser.askWho(turn, question);
            return new Answer(List.of(), List.of(), false, false);
        }
        if (found.all().isEmpty()) {
            chooser.notFound(turn, found);
            return new Answer(List.of(), List.of(), true, true);
        }
        List<Learner> clear = new ArrayList<>();
        for (LearnerReferences.Name name : found.names()) {
            if (name.learners().size() == 1) {
                clear.add(name.learners().get(0));
            }
        }
        for (LearnerReferences.Name name : found.names()) {
            if (name.learners().size() > 1) {
                List<Offered> offered = LearnerChooser.offered(name.learners());
                chooser.offer(turn, offered, name.described());
                return new Answer(clear, offered, true, false);
            }
        }
        return new Answer(clear, List.of(), true, false);
    }
}
