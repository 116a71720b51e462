package org.examdesk.bot.flows.results;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.ResultsModels.Access;
import org.examdesk.admin.client.ResultsModels.AccessUpdate;
import org.examdesk.admin.client.ResultsModels.Contact;
import org.examdesk.admin.client.ResultsModels.Series;
import org.examdesk.bot.engine.Entities;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.FlowState;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.understanding.Slots;

/**
 * "Give all my candidates results access for June": checks the series is open and the centre has entries, asks
 * for the contact and the delay, confirms, switches access on, starts the letters job and reports its progress
 * with the link to the letters (domain section 2).
 */
public final class ResultsAccessFlow implements Flow {
    static final String NAME = "results_access";

    /** Beyond this the number is surely a slip; the admin API applies the board's own limit. */
    private static final int MAX_TYPED_DELAY = 365;

    /** The steps of giving access: which series, the contact and how to reach them, the delay, confirm, the letters. */
    enum Step {
        SERIES,
        CONTACT_NAME,
        CONTACT_HOW,
        DELAY,
        CONFIRM,
        JOB
    }

    private final SeriesChooser chooser = new SeriesChooser();
    private final LettersJob letters = new LettersJob();
    private final Function<AdminClient.Caller, ResultsAccess> results;

    /** {@code results} gives results access as the admin API serves it to a caller ({@link ResultsAccess#over}). */
    public ResultsAccessFlow(Function<AdminClient.Caller, ResultsAccess> results) {
        this.results = results;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(Intent intent, Speaker speaker) {
        return speaker.isStaff() && intent.is("results_access");
    }

    @Override
    public boolean expectsText(FlowState state) {
        return state.at(Step.CONTACT_NAME) || state.at(Step.CONTACT_HOW);
    }

    @Override
    public String offer(Intent intent) {
        return "Give candidates results access now";
    }

    /** "When can I create candidate logins for June?": the series' own dates, from the data, before the article. */
    @Override
    public void explain(Turn turn, Intent intent) {
        List<Series> all = results.apply(turn.admin()).series();
        Optional<Series> named = chooser.named(all, intent.entities().series());
        List<Series> about = named.map(List::of).orElse(all);
        for (Series s : about) {
            turn.say(
                    s.credentialsOpen()
                            ? s.name() + ": candidate logins can be created now (open since " + s.credentialsOpenFrom()
                                    + "); your centre has " + s.entries() + " candidates with valid entries."
                            : s.name() + ": candidate logins can be created from " + s.credentialsOpenFrom() + ".");
        }
    }

    @Override
    public void start(Turn turn, Intent intent) {
        turn.state().enter(NAME, Step.SERIES);
        List<Series> all = results.apply(turn.admin()).series();
        Optional<Series> series = chooser.named(all, intent.entities().series());
        if (series.isPresent()) {
            begin(turn, series.get());
        } else {
            chooser.ask(turn, all);
        }
    }

    @Override
    public void resume(Turn turn) {
        AccessState state = turn.state().read(AccessState.class);
        String text = turn.text() == null ? "" : turn.text().trim();
        Step step = turn.state().step(Step.class);
        if (step == null) {
            turn.state().clear();
            return;
        }
        switch (step) {
            case SERIES -> SeriesChooser.picked(results.apply(turn.admin()).series(), turn.action())
                    .ifPresentOrElse(s -> begin(turn, s), () -> turn.say("Please pick a series above."));
            case CONTACT_NAME -> {
                if (text.isEmpty() || text.length() > 120) {
                    turn.say("Please type the contact's name.");
                    return;
                }
                turn.state().write(state.withContactName(text));
                turn.state().step(Step.CONTACT_HOW);
                turn.say("A phone number or an email address for " + text + "?");
            }
            case CONTACT_HOW -> onContactDetail(turn, state, text);
            case DELAY -> onDelay(turn, state, text);
            case CONFIRM -> confirmed(turn, state);
            case JOB -> letters.report(turn, results.apply(turn.admin()), state);
        }
    }

    private void begin(Turn turn, Series series) {
        String blocked = SeriesChooser.blocked(series);
        if (blocked != null) {
            turn.state().clear();
            turn.say(blocked);
            return;
        }
        turn.state().write(turn.state().read(AccessState.class).about(series.id(), series.name(), series.entries()));
        turn.state().step(Step.CONTACT_NAME);
        turn.say(series.name() + ": " + series.entries() + " candidates have valid entries. Every letter shows who "
                + "answers candidates' questions about results. What is that person's name?");
    }

    private void onContactDetail(Turn turn, AccessState state, String text) {
        if (!Entities.extract(text).emails().isEmpty()) {
            turn.state()
                    .write(state.withContactEmail(
                            Entities.extract(text).emails().get(0)));
        } else if (text.replaceAll("[^0-9]", "").length() >= 7) {
            turn.state().write(state.withContactPhone(text));
        } else {
            turn.say("Please give a phone number or an email address.");
            return;
        }
        turn.state().step(Step.DELAY);
        turn.choices(
                "Should candidates see their results later than the published date? Type a number of days, or:",
                List.of(
                        turn.option("No delay", "delay:0"),
                        turn.option("1 day", "delay:1"),
                        turn.option("2 days", "delay:2")));
    }

    /** A pressed delay, or a typed one: "3", "three days", "a week", "no delay"; "3 or 4 days" is asked again. */
    private void onDelay(Turn turn, AccessState before, String text) {
        Optional<Integer> days;
        if (turn.action() != null && turn.action().startsWith("delay:")) {
            days = Optional.of(Integer.parseInt(turn.action().substring(6)));
        } else {
            Slots.Days typed = Slots.days(text);
            if (typed.ambiguous()) {
                turn.say("Which one exactly? Please give one whole number of days (0 for none).");
                return;
            }
            days = typed.days();
        }
        if (days.isEmpty() || days.get() > MAX_TYPED_DELAY) {
            turn.say("Please give the delay as a number of days (0 for none).");
            return;
        }
        AccessState state = before.withDelayDays(days.get());
        turn.state().write(state);
        turn.state().step(Step.CONFIRM);
        turn.confirm(
                "Give ALL " + state.entries() + " candidates of " + state.seriesName()
                        + " online results access, with " + state.contact() + " answering their queries, "
                        + (state.delayDays() == 0 ? "no delay" : "a delay of " + state.delayDays() + " days")
                        + ", and make their login letters? By confirming, your centre agrees to handle candidates' queries.",
                "do:all");
    }

    private void confirmed(Turn turn, AccessState d) {
        if (!"do:all".equals(turn.action())) {
            turn.say("Please answer with the buttons above, or say \"cancel\".");
            return;
        }
        ResultsAccess client = results.apply(turn.adminOnce("results-access"));
        try {
            Access saved = client.updateAccess(
                    d.seriesId(),
                    new AccessUpdate(
                            "ALL",
                            true,
                            new Contact(d.contactName(), d.contactPhone(), d.contactEmail()),
                            d.delayDays() == null ? 0 : d.delayDays()));
            if (saved.lettersJob() != null) {
                letters.follow(turn, d, saved.lettersJob());
            } else {
                turn.state().clear();
                turn.say("Access is on for " + saved.series() + ". Every candidate with access already has a "
                        + "current letter, so no new letters were needed.");
            }
        } catch (AdminApiException e) {
            if (e.status() >= 500 || e.status() == 401) {
                throw e;
            }
            turn.state().clear();
            turn.say("I could not switch access on: " + e.getMessage());
        }
    }
}
