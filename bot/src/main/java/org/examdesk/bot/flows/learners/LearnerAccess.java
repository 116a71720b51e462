package org.examdesk.bot.flows.learners;

import java.util.List;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Turn;
import org.examdesk.knowledge.KnowledgeBase;

/**
 * Who may manage learners is the admin API's to say: it answers 403 to anyone but centre administrators and
 * assessors (domain section 3). The learner flows turn that answer into a polite refusal with the article on the
 * two roles, and leave every other refusal of the API to the flow that asked.
 */
final class LearnerAccess {
    static final String ROLES_ARTICLE = "learner-management-roles";
    private static final List<String> STUDENT_ADMINS = List.of("EXAMS_OFFICER", "EXAMS_MANAGER", "EXAMS_ASSISTANT");

    private final KnowledgeBase knowledge;
    private final boolean withTaskArticles;

    LearnerAccess(KnowledgeBase knowledge) {
        this(knowledge, false);
    }

    /**
     * {@code withTaskArticles}: a refusal shows the task's help articles (how bookings, cancellations and claims work,
     * for staff who pass the task on to their centre administrator) instead of the article on the two roles.
     */
    LearnerAccess(KnowledgeBase knowledge, boolean withTaskArticles) {
        this.knowledge = knowledge;
        this.withTaskArticles = withTaskArticles;
    }

    /**
     * Whether the API's refusal is one the person should be told about in the flow's own words: a 4xx other than
     * 401 (a lost session, which the channel handles). A 403 is answered here, and ends the flow.
     */
    boolean handled(Turn turn, AdminApiException e) {
        if (e.status() == 403) {
            refuse(turn);
            return true;
        }
        return e.status() >= 400 && e.status() < 500 && e.status() != 401;
    }

    /**
     * Runs a step of a learner flow: a 403 of the admin API ends the flow with the refusal, another refusal (a
     * learner of another centre, say) ends it with the API's sentence; a lost session or a failure goes on up.
     */
    void guarded(Turn turn, Runnable step) {
        try {
            step.run();
        } catch (AdminApiException e) {
            if (!handled(turn, e)) {
                throw e;
            }
            if (e.status() != 403) {
                turn.state().clear();
                turn.say("I could not do that: " + e.getMessage());
            }
        }
    }

    void refuse(Turn turn) {
        turn.state().clear();
        if (withTaskArticles) {
            turn.withTaskArticles();
        }
        turn.say("Learner management (finding learners, registering them on qualifications, amending their details, "
                + "reading their results, booking tests, cancelling registrations and claiming certificates) is for "
                + "your centre's centre administrators and assessors, so I can't do that for you. One of them can, "
                + "or the board can add the role to your account.");
        if (turn.speaker().user() != null
                && STUDENT_ADMINS.stream().anyMatch(turn.speaker().user()::hasRole)) {
            turn.say("If you meant a student's results account, tell me about the student, for example "
                    + "\"Sam Patel can't log in\".");
        }
        if (withTaskArticles) {
            return; // the engine shows the task's articles (the roles among them when the question is about roles)
        }
        knowledge
                .article(ROLES_ARTICLE)
                .ifPresent(a -> turn.add(new Reply.ArticleCard(a.id(), a.title(), "/help/" + a.id(), a.summary())));
        // the articles on what they asked about still say how it works and who can do it
        turn.withTaskArticles();
    }
}
