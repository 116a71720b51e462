package org.examdesk.bot.flows.learners;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.LearnerModels;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.FlowState;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.learners.ClaimState.Step;
import org.examdesk.bot.understanding.NameWords;
import org.examdesk.bot.understanding.Words;
import org.examdesk.knowledge.KnowledgeBase;

/**
 * "Claim full certificates for my Year 13 BTEC Sport learners backdated to 1 September" (domain section 3): finds
 * the learners (a learner group the message names, or the learners it names), the product, the award type and date
 * and the units and grades, checks each learner's registration, shows who is left out and why, confirms and submits
 * once. The admin API checks each claim against the rules of combination: the answer names anyone kept ineligible
 * and the unit or credits missing. Claims are centre administrators' only; an assessor is told so with the reason.
 */
public final class ClaimCertificatesFlow implements Flow {
    static final String NAME = "claim_certificates";

    private final Who who;
    private final LearnerAccess access;
    private final Function<AdminClient.Caller, CentreLearners> learners;
    private final Clock clock;
    private final ClaimSteps steps;

    public ClaimCertificatesFlow(
            NameWords nameWords,
            KnowledgeBase knowledge,
            Function<AdminClient.Caller, CentreLearners> learners,
            Function<AdminClient.Caller, CentreBookings> bookings,
            Clock clock) {
        this.who = new Who(nameWords);
        this.access = new LearnerAccess(knowledge, true);
        this.learners = learners;
        this.clock = clock;
        this.steps = new ClaimSteps(learners, bookings, clock);
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
    public boolean expectsText(FlowState state) {
        return state.at(Step.UNITS) || state.at(Step.DATE);
    }

    @Override
    public boolean startsNow(Turn turn, Intent intent) {
        return !intent.asksHow()
                || LearnerGuess.namesOne(turn, who.references(), learners, When.without(intent.text()));
    }

    @Override
    public String offer(Intent intent) {
        return "Make a claim now";
    }

    @Override
    public void start(Turn turn, Intent intent) {
        if (ClaimSteps.assessorOnly(turn)) {
            return;
        }
        String text = intent.text();
        LocalDate today = LocalDate.now(clock.withZone(When.UK));
        turn.state().enter(NAME, Step.WHO);
        turn.state()
                .write(ClaimState.of(
                        text,
                        ClaimWords.awardType(text).orElse(null),
                        When.date(text, today, true).orElse(null),
                        ClaimWords.units(text)));
        access.guarded(turn, () -> identify(turn, text));
    }

    @Override
    public void resume(Turn turn) {
        Step step = turn.state().step(Step.class);
        if (step == null) {
            turn.state().clear();
            return;
        }
        access.guarded(turn, () -> {
            if (step == Step.WHO) {
                onWho(turn);
            } else {
                steps.resume(turn, step);
            }
        });
    }

    private void onWho(Turn turn) {
        ClaimState s = turn.state().read(ClaimState.class);
        Optional<Long> picked = LearnerChooser.picked(turn, s.offered());
        if (picked.isPresent()) {
            List<Long> ids = new java.util.ArrayList<>(s.learnerIds());
            ids.add(picked.get());
            turn.state().write(s.learners(ids));
            steps.next(turn);
        } else if (turn.text() != null) {
            identify(turn, turn.text());
        } else {
            turn.say("Please pick one of the learners above, or type a name.");
        }
    }

    /** The learners of a group the text names, or the learners it names. */
    private void identify(Turn turn, String text) {
        CentreLearners centre = learners.apply(turn.admin());
        Optional<CentreLearners.Group> group = group(centre, text);
        if (group.isPresent()) {
            List<Long> ids = inGroup(centre, group.get().id());
            turn.state().write(turn.state().read(ClaimState.class).learners(ids));
            steps.next(turn);
            return;
        }
        String words = OrderSteps.names(OrderSteps.products(turn, centre)).without(When.without(text));
        Who.Answer found = who.find(
                turn,
                centre,
                words,
                "Whose certificates should I claim? Name the learners, or " + "their learner group.");
        if (found.missing()) {
            turn.state().clear();
        } else if (!found.offered().isEmpty()) {
            turn.state().write(turn.state().read(ClaimState.class).offering(found.offered(), found.ids()));
        } else if (found.complete()) {
            turn.state().write(turn.state().read(ClaimState.class).learners(found.ids()));
            steps.next(turn);
        }
    }

    /** The learners of the group, page by page (at most the 500 a claim may hold). */
    private static List<Long> inGroup(CentreLearners centre, long group) {
        List<Long> ids = new java.util.ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            LearnerModels.LearnerPage found =
                    centre.search(Map.of("group", String.valueOf(group), "size", "200", "page", String.valueOf(page)));
            found.items().forEach(l -> ids.add(l.id()));
            if (ids.size() >= found.total() || found.items().isEmpty()) {
                break;
            }
        }
        return ids;
    }

    /** The centre's learner group whose every word the text uses ("my Year 13 BTEC Sport learners"). */
    static Optional<CentreLearners.Group> group(CentreLearners centre, String text) {
        List<String> typed = List.of(Words.fold(text).split("[^\\p{L}\\p{N}]+"));
        return centre.groups("").stream()
                .filter(g -> typed.containsAll(List.of(Words.fold(g.name()).split("[^\\p{L}\\p{N}]+"))))
                .findFirst();
    }
}
