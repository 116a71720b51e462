package org.examdesk.bot.flows.results;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.ResultsAccessClient;
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

    private final SeriesChooser chooser = new SeriesChooser();
    private final LettersJob letters = new LettersJob();

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
        return "contactName".equals(state.step()) || "contactHow".equals(state.step());
    }

    @Override
    public String offer(Intent intent) {
        return "Give candidates results access now";
    }

    /** "When can I create candidate logins for June?": the series' own dates, from the data, before the article. */
    @Override
    public void explain(Turn turn, Intent intent) {
        List<Series> all = SeriesChooser.list(turn);
        Optional<Series> named = chooser.named(all, intent.entities().series());
        List<Series> about = named.map(List::of).orElse(all);
        for (Series s : about) {
            turn.say(s.credentialsOpen()
                    ? s.name() + ": candidate logins can be created now (open since " + s.credentialsOpenFrom()
                    + "); your centre has " + s.entries() + " candidates with valid entries."
                    : s.name() + ": candidate logins can be created from " + s.credentialsOpenFrom() + ".");
        }
    }

    @Override
    public void start(Turn turn, Intent intent) {
        turn.state().enter(NAME, "series");
        List<Series> all = SeriesChooser.list(turn);
        Optional<Series> series = chooser.named(all, intent.entities().series());
        if (series.isPresent()) {
            begin(turn, series.get());
        } else {
            chooser.ask(turn, all);
        }
    }

    @Override
    public void resume(Turn turn) {
        ObjectNode data = turn.state().data();
        String text = turn.text() == null ? "" : turn.text().trim();
        switch (turn.state().step()) {
            case "series" -> SeriesChooser.picked(SeriesChooser.list(turn), turn.action())
                    .ifPresentOrElse(s -> begin(turn, s), () -> turn.say("Please pick a series above."));
            case "contactName" -> {
                if (text.isEmpty() || text.length() > 120) {
                    turn.say("Please type the contact's name.");
                    return;
                }
                data.put("contactName", text);
                turn.state().step("contactHow");
                turn.say("A phone number or an email address for " + text + "?");
            }
            case "contactHow" -> onContactDetail(turn, text);
            case "delay" -> onDelay(turn, text);
            case "confirm" -> confirmed(turn);
            case "job" -> letters.report(turn, data.path("seriesId").asLong(), data.path("jobId").asLong());
            default -> turn.state().clear();
        }
    }

    private void begin(Turn turn, Series series) {
        String blocked = SeriesChooser.blocked(series);
        if (blocked != null) {
            turn.state().clear();
            turn.say(blocked);
            return;
        }
        ObjectNode data = turn.state().data();
        data.put("seriesId", series.id());
        data.put("seriesName", series.name());
        data.put("entries", series.entries());
        turn.state().step("contactName");
        turn.say(series.name() + ": " + series.entries() + " candidates have valid entries. Every letter shows who "
                + "answers candidates' questions about results. What is that person's name?");
    }

    private void onContactDetail(Turn turn, String text) {
        ObjectNode data = turn.state().data();
        if (!Entities.extract(text).emails().isEmpty()) {
            data.put("contactEmail", Entities.extract(text).emails().get(0));
        } else if (text.replaceAll("[^0-9]", "").length() >= 7) {
            data.put("contactPhone", text);
        } else {
            turn.say("Please give a phone number or an email address.");
            return;
        }
        turn.state().step("delay");
        turn.choices("Should candidates see their results later than the published date? Type a number of days, or:",
                List.of(turn.option("No delay", "delay:0"), turn.option("1 day", "delay:1"),
                        turn.option("2 days", "delay:2")));
    }

    /** A pressed delay, or a typed one: "3", "three days", "a week", "no delay"; "3 or 4 days" is asked again. */
    private void onDelay(Turn turn, String text) {
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
        ObjectNode data = turn.state().data();
        data.put("delayDays", days.get());
        turn.state().step("confirm");
        String contact = data.path("contactName").asText() + " ("
                + data.path(data.has("contactEmail") ? "contactEmail" : "contactPhone").asText() + ")";
        turn.confirm("Give ALL " + data.path("entries").asInt() + " candidates of " + data.path("seriesName").asText()
                + " online results access, with " + contact + " answering their queries, "
                + (data.path("delayDays").asInt() == 0 ? "no delay" : "a delay of " + data.path("delayDays").asInt() + " days")
                + ", and make their login letters? By confirming, your centre agrees to handle candidates' queries.",
                "do:all");
    }

    private void confirmed(Turn turn) {
        if (!"do:all".equals(turn.action())) {
            turn.say("Please answer with the buttons above, or say \"cancel\".");
            return;
        }
        ObjectNode d = turn.state().data();
        long seriesId = d.path("seriesId").asLong();
        ResultsAccessClient client = new ResultsAccessClient(turn.adminOnce("results-access"));
        try {
            client.updateAccess(seriesId, null, new AccessUpdate("ALL", true, new Contact(d.path("contactName").asText(),
                    d.path("contactPhone").asText(null), d.path("contactEmail").asText(null)), d.path("delayDays").asInt()));
            letters.start(turn, new ResultsAccessClient(turn.adminOnce("letters")), seriesId);
        } catch (AdminApiException e) {
            if (e.status() >= 500 || e.status() == 401) {
                throw e;
            }
            turn.state().clear();
            turn.say("I could not switch access on: " + e.getMessage());
        }
    }
}
