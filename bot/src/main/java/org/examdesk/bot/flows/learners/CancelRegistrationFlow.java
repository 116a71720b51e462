package org.examdesk.bot.flows.learners;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.LearnerModels.LearnerDetail;
import org.examdesk.admin.client.LearnerModels.Registration;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.learners.CancelState.Step;
import org.examdesk.bot.flows.learners.LearnerChooser.Offered;
import org.examdesk.bot.understanding.NameWords;
import org.examdesk.knowledge.KnowledgeBase;

/**
 * "Why can't I cancel Chloe Evans's registration?", "cancel Amir Khan's BTEC Sport registration" (domain section 3):
 * finds the learner and the registration, asks the admin API whether it can be cancelled, and either names every
 * condition that blocks it with its facts and what would have to change (offering to cancel a future booking first),
 * or confirms the cancellation with what it costs and makes it once.
 */
public final class CancelRegistrationFlow implements Flow {
    static final String NAME = "cancel_registration";
    static final String REGISTRATION = "registration:";

    private final Who who;
    private final LearnerAccess access;
    private final Function<AdminClient.Caller, CentreLearners> learners;
    private final CancelSteps steps;

    public CancelRegistrationFlow(
            NameWords nameWords,
            KnowledgeBase knowledge,
            Function<AdminClient.Caller, CentreLearners> learners,
            Function<AdminClient.Caller, CentreBookings> bookings) {
        this.who = new Who(nameWords);
        this.access = new LearnerAccess(knowledge, true);
        this.learners = learners;
        this.steps = new CancelSteps(bookings);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(Intent intent, Speaker speaker) {
        return speaker.isStaff() && intent.is(NAME);
    }

    @Override
    public boolean startsNow(Turn turn, Intent intent) {
        return !intent.asksHow() || LearnerGuess.namesOne(turn, who.references(), learners, intent.text());
    }

    @Override
    public String offer(Intent intent) {
        return "Check or cancel a learner's registration now";
    }

    @Override
    public void start(Turn turn, Intent intent) {
        turn.state().enter(NAME, Step.WHO);
        turn.state().write(CancelState.empty());
        access.guarded(turn, () -> identify(turn, intent.text()));
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
                case WHICH -> onWhich(turn);
                case LIFT -> steps.onLift(turn);
                case CONFIRM -> steps.onConfirm(turn);
            }
        });
    }

    private void onWho(Turn turn) {
        Optional<Long> picked =
                LearnerChooser.picked(turn, turn.state().read(CancelState.class).offered());
        if (picked.isPresent()) {
            proceed(turn, picked.get(), "");
        } else if (turn.text() != null) {
            identify(turn, turn.text());
        } else {
            turn.say("Please pick one of the learners above, or type a name.");
        }
    }

    private void identify(Turn turn, String text) {
        CentreLearners centre = learners.apply(turn.admin());
        String words = OrderSteps.names(OrderSteps.products(turn, centre)).without(text);
        Who.Answer found = who.find(turn, centre, words, "Whose registration should I look at?");
        if (!found.offered().isEmpty()) {
            turn.state().write(turn.state().read(CancelState.class).offering(found.offered()));
        } else if (found.complete()) {
            proceed(turn, found.clear().get(0).id(), text);
        } else if (found.missing()) {
            turn.state().clear();
        }
    }

    private void proceed(Turn turn, long learnerId, String text) {
        LearnerDetail detail = learners.apply(turn.admin()).get(learnerId);
        String name = Wording.name(detail.learner());
        turn.state().write(turn.state().read(CancelState.class).learner(learnerId, name));
        List<Registration> all = detail.registrations();
        List<Registration> named = new ProductNames<>(all, Registration::productReference, Registration::productTitle)
                .named(text == null ? "" : text);
        List<Registration> active =
                all.stream().filter(r -> "ACTIVE".equals(r.status())).toList();
        List<Registration> candidates = !named.isEmpty() ? named : !active.isEmpty() ? active : all;
        if (candidates.isEmpty()) {
            turn.state().clear();
            turn.say(name + " has no registrations, so there is nothing to cancel.");
        } else if (candidates.size() == 1) {
            steps.check(turn, candidates.get(0).id());
        } else {
            List<Offered> offered =
                    candidates.stream().map(r -> new Offered(r.id(), label(r))).toList();
            turn.state().write(turn.state().read(CancelState.class).choosing(offered));
            turn.state().step(Step.WHICH);
            turn.choices(
                    name + " has " + offered.size() + " registrations. Which one?",
                    offered.stream()
                            .map(o -> turn.option(o.label(), REGISTRATION + o.id()))
                            .toList());
        }
    }

    private void onWhich(Turn turn) {
        List<Offered> offered = turn.state().read(CancelState.class).registrations();
        String action = turn.action();
        Optional<Long> id = action != null && action.startsWith(REGISTRATION)
                ? Optional.of(Long.parseLong(action.substring(REGISTRATION.length())))
                : turn.text() == null
                        ? Optional.empty()
                        : new ProductNames<>(offered, Offered::label, Offered::label)
                                .named(turn.text()).stream().findFirst().map(Offered::id);
        if (id.isEmpty() || offered.stream().noneMatch(o -> o.id() == id.get())) {
            turn.say("Please pick one of the registrations above, or say \"cancel\".");
            return;
        }
        steps.check(turn, id.get());
    }

    static String label(Registration r) {
        return r.productTitle() + " (" + r.productReference() + ", "
                + r.status().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
