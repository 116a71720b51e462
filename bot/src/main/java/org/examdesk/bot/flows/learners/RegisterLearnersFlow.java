package org.examdesk.bot.flows.learners;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.LearnerModels.Learner;
import org.examdesk.admin.client.LearnerModels.Product;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.FlowState;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.learners.LearnerChooser.Offered;
import org.examdesk.bot.flows.learners.RegistrationState.Chosen;
import org.examdesk.bot.flows.learners.RegistrationState.Step;
import org.examdesk.bot.flows.learners.RegistrationState.Waiting;
import org.examdesk.bot.understanding.NameWords;
import org.examdesk.bot.understanding.Slots;
import org.examdesk.knowledge.KnowledgeBase;

/**
 * "Register Chloe Evans on the BTEC Level 3 Sport" (domain section 3): finds the learners at the speaker's centre
 * and the product among those the centre may order, asks for what is missing (anyone else, the product, the course
 * dates, a purchase-order number), shows the admin API's preview with the cost per registration and the total,
 * and places the order once after one confirmation.
 */
public final class RegisterLearnersFlow implements Flow {
    static final String NAME = "register_learners";
    static final String INTENT = "register_learners";
    static final String EVERYONE = "everyone";

    private final LearnerReferences references;
    private final LearnerChooser chooser = new LearnerChooser();
    private final LearnerAccess access;
    private final OrderSteps order;
    private final Function<AdminClient.Caller, CentreLearners> learners;

    /** {@code learners} gives learner management as the admin API serves it to a caller ({@link CentreLearners#over}). */
    public RegisterLearnersFlow(
            NameWords nameWords, KnowledgeBase knowledge, Function<AdminClient.Caller, CentreLearners> learners) {
        this.references = new LearnerReferences(nameWords);
        this.access = new LearnerAccess(knowledge);
        this.learners = learners;
        this.order = new OrderSteps(learners);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(Intent intent, Speaker speaker) {
        return speaker.isStaff() && intent.is(INTENT);
    }

    @Override
    public boolean expectsText(FlowState state) {
        return state.at(Step.DATES) || state.at(Step.PO);
    }

    @Override
    public boolean startsNow(Turn turn, Intent intent) {
        return !intent.asksHow() || LearnerGuess.namesALearner(turn, references, learners, intent.text());
    }

    @Override
    public String offer(Intent intent) {
        return "Register a learner now";
    }

    @Override
    public void start(Turn turn, Intent intent) {
        String text = intent.text();
        turn.state().enter(NAME, Step.WHO);
        turn.state().write(RegistrationState.EMPTY);
        access.guarded(turn, () -> {
            List<Product> products = OrderSteps.products(turn, learners(turn));
            ProductNames<Product> names = OrderSteps.names(products);
            RegistrationState state = RegistrationState.EMPTY;
            List<Product> named = names.named(text);
            if (named.size() == 1) {
                state = state.withProduct(named.get(0));
            }
            state = OrderWords.course(text).map(state::withCourse).orElse(state);
            state = OrderWords.poNumber(text).map(state::withPo).orElse(state);
            turn.state().write(state);
            identify(turn, names.without(OrderWords.withoutPo(text)), true);
        });
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
                case MORE -> onMore(turn);
                default -> order.resume(turn, step);
            }
        });
    }

    private void onWho(Turn turn) {
        RegistrationState state = turn.state().read(RegistrationState.class);
        Optional<Long> picked = LearnerChooser.picked(turn, state.offered());
        if (picked.isPresent()) {
            Offered chosen = state.offered().stream()
                    .filter(o -> o.id() == picked.get())
                    .findFirst()
                    .orElseThrow();
            Learner learner = learners(turn).get(chosen.id()).learner();
            turn.state().write(state.with(Chosen.of(learner)));
            askNextName(turn);
        } else if (turn.text() != null) {
            identify(
                    turn,
                    OrderSteps.names(OrderSteps.products(turn, learners(turn))).without(turn.text()),
                    false);
        } else {
            turn.say("Please pick one of the learners above, or type a name.");
        }
    }

    private void onMore(Turn turn) {
        if (EVERYONE.equals(turn.action())
                || turn.text() != null
                        && (Slots.yesNo(turn.text()) == Slots.YesNo.NO || OrderWords.saysNone(turn.text()))) {
            turn.state().write(turn.state().read(RegistrationState.class).everyoneNamed());
            order.next(turn);
        } else if (turn.text() != null) {
            identify(
                    turn,
                    OrderSteps.names(OrderSteps.products(turn, learners(turn))).without(turn.text()),
                    false);
        } else {
            turn.say("Type another learner's name, or press \"That's everyone\".");
        }
    }

    /** The learners {@code text} names join the order; a name that fits several is asked about. */
    private void identify(Turn turn, String text, boolean first) {
        LearnerReferences.Found found = references.find(learners(turn), text);
        RegistrationState state = turn.state().read(RegistrationState.class);
        if (!found.named()) {
            turn.state().step(state.learners().isEmpty() ? Step.WHO : Step.MORE);
            chooser.askWho(turn, state.learners().isEmpty() ? "Which learner should I register?" : "Who else?");
            return;
        }
        if (found.names().isEmpty()) {
            turn.state().step(state.learners().isEmpty() ? Step.WHO : Step.MORE);
            chooser.notFound(turn, found);
            return;
        }
        List<Waiting> ambiguous = new ArrayList<>();
        for (LearnerReferences.Name name : found.names()) {
            if (name.learners().size() == 1) {
                state = state.with(Chosen.of(name.learners().get(0)));
            } else {
                ambiguous.add(new Waiting(name.described(), LearnerChooser.offered(name.learners())));
            }
        }
        if (first && found.names().size() > 1) {
            state = state.everyoneNamed();
        }
        turn.state().write(state.offering(List.of(), ambiguous));
        askNextName(turn);
    }

    /** Asks about the next name that fits several learners, or goes on with the order. */
    private void askNextName(Turn turn) {
        RegistrationState state = turn.state().read(RegistrationState.class);
        if (state.waiting().isEmpty()) {
            order.next(turn);
            return;
        }
        Waiting next = state.waiting().get(0);
        turn.state()
                .write(state.offering(
                        next.learners(),
                        state.waiting().subList(1, state.waiting().size())));
        turn.state().step(Step.WHO);
        chooser.offer(turn, next.learners(), next.described());
    }

    private CentreLearners learners(Turn turn) {
        return learners.apply(turn.admin());
    }
}
