package org.examdesk.bot.flows.learners;

import java.util.function.Function;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.bot.engine.Turn;

/**
 * Whether a question about a learner task names a learner of the speaker's centre ("can you register Chloe Evans on
 * the BTEC Sport?"): then it is a request in question form and the flow starts; otherwise ("how do I register
 * learners?") it is answered from the article with the task offered.
 */
final class LearnerGuess {
    private LearnerGuess() {}

    static boolean namesALearner(
            Turn turn,
            LearnerReferences references,
            Function<AdminClient.Caller, CentreLearners> learners,
            String text) {
        try {
            LearnerReferences.Found found =
                    turn.once("learners:" + text, () -> references.find(learners.apply(turn.admin()), text));
            return !found.names().isEmpty();
        } catch (AdminApiException e) {
            // a person who may not manage learners is told so by the flow, in its words
            return e.status() == 403;
        }
    }

    /**
     * Whether a question about a booking, cancellation or claim names a learner of the speaker's centre. Unlike
     * {@link #namesALearner}, a person who may not manage learners gets the articles' answer to a question (how
     * bookings or claims work is worth knowing for anyone on staff), and the refusal only if they ask for the task.
     */
    static boolean namesOne(
            Turn turn,
            LearnerReferences references,
            Function<AdminClient.Caller, CentreLearners> learners,
            String text) {
        try {
            LearnerReferences.Found found =
                    turn.once("learners:" + text, () -> references.find(learners.apply(turn.admin()), text));
            return !found.names().isEmpty();
        } catch (AdminApiException e) {
            return false;
        }
    }
}
