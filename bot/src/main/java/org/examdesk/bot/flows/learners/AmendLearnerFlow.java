package org.examdesk.bot.flows.learners;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.LearnerModels.Learner;
import org.examdesk.admin.client.LearnerModels.LearnerDetail;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.FlowState;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.learners.AmendmentState.Step;
import org.examdesk.bot.flows.learners.AmendmentWords.Field;
import org.examdesk.bot.understanding.NameWords;
import org.examdesk.knowledge.KnowledgeBase;

/**
 * "Change Amir Khan's date of birth to 3 May 2009" (domain section 3): finds the learner, asks for the detail and
 * its new value when missing, confirms, and makes the centre's one amendment once. When the learner's amendment is
 * used (the admin API says so, before or when asked), it offers a case for the board's account specialist with the
 * learner and both values filled in.
 */
public final class AmendLearnerFlow implements Flow {
    static final String NAME = "amend_learner";

    private final LearnerReferences references;
    private final LearnerChooser chooser = new LearnerChooser();
    private final AmendmentSteps steps;
    private final LearnerAccess access;
    private final Function<AdminClient.Caller, CentreLearners> learners;

    /** {@code learners} gives learner management as the admin API serves it to a caller ({@link CentreLearners#over}). */
    public AmendLearnerFlow(
            NameWords nameWords, KnowledgeBase knowledge, Function<AdminClient.Caller, CentreLearners> learners) {
        this.references = new LearnerReferences(nameWords);
        this.access = new LearnerAccess(knowledge);
        this.learners = learners;
        this.steps = new AmendmentSteps(learners);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(Intent intent, Speaker speaker) {
        return speaker.isStaff() && intent.is("amend_learner");
    }

    @Override
    public boolean expectsText(FlowState state) {
        return state.at(Step.VALUE);
    }

    @Override
    public boolean startsNow(Turn turn, Intent intent) {
        return !intent.asksHow()
                || LearnerGuess.namesALearner(turn, references, learners, AmendmentWords.withoutChange(intent.text()));
    }

    @Override
    public String offer(Intent intent) {
        return "Amend a learner's details now";
    }

    @Override
    public void start(Turn turn, Intent intent) {
        String text = intent.text();
        Optional<Field> field = AmendmentWords.field(text);
        turn.state().enter(NAME, Step.WHO);
        turn.state()
                .write(AmendmentState.asking(
                        field.orElse(null),
                        field.flatMap(f -> AmendmentWords.value(text, f)).orElse(null)));
        access.guarded(turn, () -> identify(turn, AmendmentWords.withoutChange(text)));
    }

    @Override
    public void resume(Turn turn) {
        Step step = turn.state().step(Step.class);
        if (step == null) {
            turn.state().clear();
            return;
        }
        access.guarded(turn, () -> {
            switch (step) {
                case WHO -> onWho(turn);
                default -> steps.resume(turn, step);
            }
        });
    }

    private void onWho(Turn turn) {
        Optional<Long> picked = LearnerChooser.picked(
                turn, turn.state().read(AmendmentState.class).offered());
        if (picked.isPresent()) {
            proceed(turn, picked.get());
        } else if (turn.text() != null) {
            identify(turn, AmendmentWords.withoutChange(turn.text()));
        } else {
            turn.say("Please pick one of the learners above, or type a name.");
        }
    }

    private void identify(Turn turn, String text) {
        LearnerReferences.Found found = references.find(learners(turn), text);
        List<Learner> all = found.all();
        if (!found.named()) {
            chooser.askWho(turn, "Which learner's details should change?");
        } else if (all.isEmpty()) {
            chooser.notFound(turn, found);
        } else if (all.size() > 1) {
            List<LearnerChooser.Offered> offered = LearnerChooser.offered(all);
            turn.state().write(turn.state().read(AmendmentState.class).offering(offered));
            chooser.offer(turn, offered, found.described());
        } else {
            proceed(turn, all.get(0).id());
        }
    }

    private void proceed(Turn turn, long learnerId) {
        LearnerDetail detail = learners(turn).get(learnerId);
        turn.state()
                .write(turn.state()
                        .read(AmendmentState.class)
                        .about(
                                detail.learner(),
                                detail.amendmentAvailable() ? null : AmendmentSteps.made(detail.amendment())));
        steps.next(turn);
    }

    private CentreLearners learners(Turn turn) {
        return learners.apply(turn.admin());
    }
}
