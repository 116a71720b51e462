package org.examdesk.bot.flows.learners;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.examdesk.admin.client.LearnerModels.GroupRecord;
import org.examdesk.admin.client.LearnerModels.LearnerGroup;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.learners.GroupState.Offered;
import org.examdesk.bot.flows.learners.GroupState.Step;
import org.examdesk.bot.understanding.Slots;
import org.examdesk.bot.understanding.Words;

/**
 * Which learner group: the one the message names ("fix the Year 10 September group"), else the centre's groups
 * with invalid records (or still being checked), asked about when there are several, by name or number ("the second
 * one"); then the group opened: its invalid records with their reasons, or its check's progress.
 */
final class GroupChoice {
    static final String PICK = "group:";

    private GroupChoice() {}

    static void choose(Turn turn, CentreGroups groups, String text) {
        List<LearnerGroup> open = groups.groups().stream()
                .filter(g -> !"SUBMITTED".equals(g.state()) && !"FAILED".equals(g.state()))
                .toList();
        Optional<LearnerGroup> named = named(open, text);
        if (named.isPresent()) {
            open(turn, groups, named.get().id());
            return;
        }
        List<LearnerGroup> waiting = open.stream()
                .filter(g -> g.invalid() > 0 || "VALIDATING".equals(g.state()))
                .toList();
        List<LearnerGroup> byOwner = byOwner(waiting, text);
        List<LearnerGroup> candidates = byOwner.isEmpty() ? waiting : byOwner;
        if (candidates.isEmpty()) {
            turn.state().clear();
            List<String> ready = open.stream().map(LearnerGroup::name).toList();
            turn.say("None of your centre's learner groups has invalid records."
                    + (ready.isEmpty()
                            ? " To upload one, share its file (CSV or .xlsx, the template's columns) here."
                            : " Ready to submit: " + String.join(", ", ready) + ". Say \"submit " + ready.get(0)
                                    + "\" to create its learners."));
        } else if (candidates.size() == 1) {
            open(turn, groups, candidates.get(0).id());
        } else {
            List<Offered> offered = candidates.stream()
                    .limit(8)
                    .map(g -> new Offered(
                            g.id(), g.name(), g.name() + " (" + g.invalid() + " invalid of " + g.records() + ")"))
                    .toList();
            turn.state().write(turn.state().read(GroupState.class).offering(offered));
            turn.state().step(Step.WHICH_GROUP);
            turn.choices(
                    offered.size() + " of your centre's learner groups have invalid records. Which one?",
                    offered.stream()
                            .map(o -> turn.option(o.label(), PICK + o.id()))
                            .toList());
        }
    }

    /** The answer to "which one?": a pressed button, a number, "the second one" or the group's name. */
    static void onWhich(Turn turn, CentreGroups groups) {
        List<Offered> offered = turn.state().read(GroupState.class).offered();
        String action = turn.action();
        Optional<Long> picked = Optional.empty();
        if (action != null && action.startsWith(PICK)) {
            long id = Long.parseLong(action.substring(PICK.length()));
            picked = offered.stream().filter(o -> o.id() == id).map(Offered::id).findFirst();
        } else if (turn.text() != null) {
            String t = Words.fold(turn.text());
            List<Offered> byName = offered.stream()
                    .filter(o -> t.contains(Words.fold(o.name())))
                    .toList();
            int chosen = Slots.choice(
                    turn.text(), offered.stream().map(Offered::label).toList());
            picked = byName.size() == 1
                    ? Optional.of(byName.get(0).id())
                    : chosen < 0
                            ? Optional.empty()
                            : Optional.of(offered.get(chosen).id());
        }
        if (picked.isPresent()) {
            open(turn, groups, picked.get());
        } else {
            turn.say("Please pick one of the groups above, by its name or number, or say \"cancel\".");
        }
    }

    /** Opens the group: its invalid records, its check's progress, or why there is nothing to fix. */
    static void open(Turn turn, CentreGroups groups, long id) {
        LearnerGroup g = groups.group(id);
        turn.state().write(turn.state().read(GroupState.class).on(g.id(), g.name()));
        switch (g.state()) {
            case "VALIDATING" -> {
                turn.state().step(Step.VALIDATING);
                turn.say(g.name() + " is still being validated (" + g.progress() + "% of "
                        + GroupRecords.count(g.records(), "record")
                        + " checked). Ask me again in a moment (\"is it ready?\") and I'll show you the result.");
            }
            case "SUBMITTED" -> {
                turn.state().clear();
                turn.say(g.name() + " was submitted already: its learners exist, and you can register them.");
            }
            case "FAILED" -> {
                turn.state().clear();
                turn.say(g.name() + " could not be checked: " + g.message() + " Please upload the file again.");
            }
            default -> records(turn, groups, g);
        }
    }

    /** The group's invalid records with their reasons and what can be done; with none left, submitting offered. */
    static void records(Turn turn, CentreGroups groups, LearnerGroup g) {
        turn.state().write(turn.state().read(GroupState.class).atRecords());
        List<GroupRecord> invalid = g.invalid() == 0 ? List.of() : groups.invalidRecords(g.id());
        if (invalid.isEmpty()) {
            turn.say(GroupRecords.summary(g) + " Every record is valid.");
            GroupChanges.confirmSubmit(turn, g.name(), g.records());
            return;
        }
        turn.state().step(Step.RECORDS);
        GroupRecords.show(turn, g, invalid);
    }

    private static Optional<LearnerGroup> named(List<LearnerGroup> groups, String text) {
        String t = Words.fold(text == null ? "" : text);
        List<LearnerGroup> found =
                groups.stream().filter(g -> t.contains(Words.fold(g.name()))).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** "Amir's upload": the groups uploaded by someone the text names by given name. */
    private static List<LearnerGroup> byOwner(List<LearnerGroup> groups, String text) {
        String t = " "
                + Words.fold(text == null ? "" : text).replaceAll("'s\\b", "").replaceAll("[^a-z0-9 ]", " ") + " ";
        return groups.stream()
                .filter(g -> g.owner() != null && !g.owner().isBlank())
                .filter(g ->
                        t.contains(" " + Words.fold(g.owner().split("\\s+")[0]).toLowerCase(Locale.ROOT) + " "))
                .toList();
    }
}
