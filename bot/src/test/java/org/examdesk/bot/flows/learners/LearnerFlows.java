package org.examdesk.bot.flows.learners;

import java.time.Duration;
import java.util.List;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.flows.FlowRig;
import org.examdesk.bot.understanding.NameWords;

/** The four learner flows over one fake, in a rig as one speaker, for the learner flows' unit tests. */
final class LearnerFlows {
    private LearnerFlows() {}

    static FlowRig rig(Speaker speaker, FakeCentreLearners fake) throws Exception {
        return new FlowRig(speaker, knowledge -> {
            NameWords names = NameWords.of(knowledge);
            List<Flow> flows = List.of(
                    new RegisterLearnersFlow(names, knowledge, c -> fake),
                    new AmendLearnerFlow(names, knowledge, c -> fake),
                    new LearnerResultsFlow(names, knowledge, c -> fake),
                    new FindLearnersFlow(names, knowledge, c -> fake));
            return flows;
        });
    }

    /** The five learner flows, learner groups answered by {@code groups}. */
    static FlowRig rig(Speaker speaker, FakeCentreLearners fake, FakeCentreGroups groups) throws Exception {
        return new FlowRig(speaker, knowledge -> {
            NameWords names = NameWords.of(knowledge);
            return List.of(
                    new RegisterLearnersFlow(names, knowledge, c -> fake),
                    new AmendLearnerFlow(names, knowledge, c -> fake),
                    new LearnerResultsFlow(names, knowledge, c -> fake),
                    new FindLearnersFlow(names, knowledge, c -> fake),
                    new LearnerGroupFlow(knowledge, c -> groups, Duration.ZERO));
        });
    }

    static Speaker centreAdministrator() {
        return FlowRig.staff("CENTRE_ADMINISTRATOR");
    }

    static String text(List<Reply> replies) {
        return replies.toString();
    }

    /** A refusal of learner management: the sentence, and the article on the two roles. */
    static boolean refusedWithArticle(List<Reply> replies) {
        return text(replies).contains("centre administrators and assessors")
                && replies.stream()
                        .anyMatch(r -> r instanceof Reply.ArticleCard a && a.id().equals(LearnerAccess.ROLES_ARTICLE));
    }
}
