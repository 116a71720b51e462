package org.examdesk.bot.flows.results;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.ResultsModels.Access;
import org.examdesk.admin.client.ResultsModels.AccessUpdate;
import org.examdesk.admin.client.ResultsModels.Contact;
import org.examdesk.admin.client.ResultsModels.Job;
import org.examdesk.bot.engine.Entities;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.results.SelectedAccessFlow.Step;
import org.examdesk.bot.understanding.Slots;

/**
 * The second half of {@link SelectedAccessFlow}: the contact and delay when access must first become SELECTED,
 * the confirmation saying who gains and who loses access, and the change itself (the mode, then the ticks, then
 * the letters of those who gained access); and turning access off for everyone (NONE).
 */
final class SelectionChange {
    private static final String DO_SELECTED = "do:selected";
    private static final String DO_NONE = "do:none";

    private final Function<AdminClient.Caller, ResultsAccess> results;
    private final LettersJob letters = new LettersJob();

    SelectionChange(Function<AdminClient.Caller, ResultsAccess> results) {
        this.results = results;
    }

    /** After ticking: the contact first when access is switched on from NONE and none is on file, else confirm. */
    void next(Turn turn, SelectionState state) {
        turn.state().write(state);
        if (!"SELECTED".equals(state.mode()) && !state.hasContact()) {
            turn.state().step(Step.CONTACT_NAME);
            turn.say("Every letter shows who answers candidates' questions about results. What is that person's name?");
            return;
        }
        confirm(turn, state);
    }

    void onContact(Turn turn, SelectionState state, Step step, String text) {
        if (step == Step.CONTACT_NAME) {
            if (text.isEmpty() || text.length() > 120) {
                turn.say("Please type the contact's name.");
                return;
            }
            turn.state().write(state.withContact(new Contact(text, null, null)));
            turn.state().step(Step.CONTACT_HOW);
            turn.say("A phone number or an email address for " + text + "?");
        } else if (step == Step.CONTACT_HOW) {
            List<String> emails = Entities.extract(text).emails();
            String name = state.contact().name();
            if (emails.isEmpty() && text.replaceAll("[^0-9]", "").length() < 7) {
                turn.say("Please give a phone number or an email address.");
                return;
            }
            turn.state()
                    .write(state.withContact(
                            emails.isEmpty() ? new Contact(name, text, null) : new Contact(name, null, emails.get(0))));
            turn.state().step(Step.DELAY);
            turn.choices(
                    "Should candidates see their results later than the published date? Type a number of days, or:",
                    List.of(
                            turn.option("No delay", "delay:0"),
                            turn.option("1 day", "delay:1"),
                            turn.option("2 days", "delay:2")));
        } else {
            Optional<Integer> days = turn.action() != null && turn.action().startsWith("delay:")
                    ? Optional.of(Integer.parseInt(turn.action().substring(6)))
                    : Slots.days(text).days();
            if (days.isEmpty() || Slots.days(text).ambiguous()) {
                turn.say("Please give the delay as one whole number of days (0 for none).");
                return;
            }
            confirm(turn, state.withDelay(days.get()));
        }
    }

    private void confirm(Turn turn, SelectionState state) {
        turn.state().write(state);
        turn.state().step(Step.CONFIRM);
        StringBuilder summary = new StringBuilder("Results access for " + state.seriesName() + ":");
        if (!state.give().isEmpty()) {
            summary.append(" give access to ")
                    .append(SelectionState.names(state.give()))
                    .append(" and make their login letters.");
        }
        if (!state.remove().isEmpty()) {
            summary.append(" Take access away from ")
                    .append(SelectionState.names(state.remove()))
                    .append(": at once, the username and password in their letters stop working.");
        }
        if ("NONE".equals(state.mode())) {
            summary.append(" Access changes from NO candidates to SELECTED candidates, with ")
                    .append(state.contactText())
                    .append(" answering candidates' queries and ")
                    .append(state.delayDays() == 0 ? "no delay" : "a delay of " + state.delayDays() + " days")
                    .append(". By confirming, your centre agrees to handle candidates' queries.");
        } else if ("ALL".equals(state.mode())) {
            summary.append(" Access changes from ALL candidates to SELECTED candidates: everyone else keeps access.");
        }
        turn.confirm(summary.toString(), DO_SELECTED);
    }

    void askNone(Turn turn, SelectionState state) {
        if ("NONE".equals(state.mode())) {
            turn.state().clear();
            turn.say("Results access for " + state.seriesName() + " is already NO candidates: nobody can sign in.");
            return;
        }
        turn.state().step(Step.CONFIRM);
        turn.confirm(
                "Turn results access off for " + state.seriesName() + " (NO candidates)? Every candidate's login "
                        + "stops at once (" + state.withAccess()
                        + " have access now): the usernames and passwords in their "
                        + "letters no longer work. The contact and delay are kept for when you switch it on again.",
                DO_NONE);
    }

    void confirmed(Turn turn, SelectionState state) {
        if (!DO_SELECTED.equals(turn.action()) && !DO_NONE.equals(turn.action())) {
            turn.say("Please answer with the buttons above, or say \"cancel\".");
            return;
        }
        turn.state().clear();
        try {
            if (DO_NONE.equals(turn.action())) {
                access(turn, "results-none").updateAccess(state.seriesId(), update("NONE", state));
                turn.say("Results access is off for " + state.seriesName() + ": no candidate can sign in any more, "
                        + "and every letter's username and password has stopped working.");
            } else {
                change(turn, state);
            }
        } catch (AdminApiException e) {
            if (e.status() >= 500 || e.status() == 401) {
                throw e;
            }
            turn.say("I could not change results access: " + e.getMessage());
        }
    }

    private void change(Turn turn, SelectionState state) {
        Job job = null;
        if (!"SELECTED".equals(state.mode())) {
            Access saved = access(turn, "results-selected").updateAccess(state.seriesId(), update("SELECTED", state));
            job = saved.lettersJob();
        }
        access(turn, "results-ticks")
                .changeCandidates(
                        state.seriesId(),
                        state.give().stream().map(SelectionState.Shown::id).toList(),
                        state.remove().stream().map(SelectionState.Shown::id).toList());
        if (!state.remove().isEmpty()) {
            turn.say("Access removed at once for " + SelectionState.names(state.remove()) + ": their letters' "
                    + "usernames and passwords no longer work.");
        }
        if (!state.give().isEmpty()) {
            turn.say("Access given to " + SelectionState.names(state.give()) + ".");
            job = access(turn, "results-letters").generateLetters(state.seriesId());
        }
        if (job != null) {
            letters.follow(turn, state.forLetters(), job);
        }
    }

    private ResultsAccess access(Turn turn, String what) {
        return results.apply(turn.adminOnce(what));
    }

    private static AccessUpdate update(String mode, SelectionState state) {
        Contact c = state.contact() == null ? new Contact(null, null, null) : state.contact();
        return new AccessUpdate(mode, "NONE".equals(mode) ? state.agreed() : true, c, state.delayDays());
    }
}
