package org.examdesk.bot.flows.learners;

import java.util.List;
import java.util.Optional;
import org.examdesk.admin.client.LearnerModels.GroupRecord;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.learners.GroupState.Change;
import org.examdesk.bot.flows.learners.GroupState.Step;
import org.examdesk.bot.flows.learners.GroupWords.Field;
import org.examdesk.bot.understanding.Slots;

/**
 * The open group's records: what the person asks ("change row 4's date of birth to 03/05/2009", "remove row 9",
 * "submit"), asked step by step when not all said (which record, which field, the new value), confirmed, then made
 * through the admin API as the person, once. A refusal of the API (422, 409) is said in its own words and the
 * conversation stays where it was.
 */
final class GroupSteps {
    static final String FIELD = "field:";

    private final GroupChanges changes;

    GroupSteps(GroupChanges changes) {
        this.changes = changes;
    }

    void resume(Turn turn, Step step) {
        switch (step) {
            case RECORDS -> onRecords(turn);
            case WHICH_RECORD -> onRecord(turn);
            case FIELD -> onField(turn);
            case VALUE -> onValue(turn);
            case CONFIRM -> changes.onConfirm(turn);
            default -> turn.say("Say \"cancel\" to stop, or tell me which learner group to look at.");
        }
    }

    /** At the records: a button, or a request in words. */
    void onRecords(Turn turn) {
        String action = turn.action();
        GroupState s = state(turn);
        if (GroupRecords.SUBMIT.equals(action)) {
            GroupChanges.confirmSubmit(turn, s.groupName(), null);
        } else if (GroupRecords.FIX.equals(action) || GroupRecords.REMOVE.equals(action)) {
            write(turn, s.doing(GroupRecords.FIX.equals(action) ? Change.FIX : Change.REMOVE));
            askRecord(turn);
        } else if (turn.text() != null) {
            request(turn, turn.text());
        } else {
            turn.say("That button no longer applies here. Tell me which record to fix or remove, or say \"submit\".");
        }
    }

    /** A request in words at the records: its change, record, field and value, as far as it says them. */
    void request(Turn turn, String text) {
        Optional<Change> change = GroupWords.change(text);
        Optional<Integer> row = GroupWords.row(text, invalid(turn));
        if (change.isEmpty() && row.isEmpty()) {
            turn.say("Tell me which record to fix (for example \"change row 4's date of birth to 03/05/2009\"), "
                    + "which to remove (\"remove row 9\"), or say \"submit\". To ask about something else, say \"cancel\" "
                    + "first.");
            return;
        }
        Change c = change.orElse(Change.FIX);
        if (c == Change.SUBMIT) {
            GroupChanges.confirmSubmit(turn, state(turn).groupName(), null);
            return;
        }
        GroupState s = state(turn).doing(c).withRow(row.orElse(null));
        Optional<Field> field = GroupWords.field(text);
        if (c == Change.FIX && field.isPresent()) {
            s = s.withField(field.get().api)
                    .withValue(GroupWords.value(text, field.get()).orElse(null));
        }
        write(turn, s);
        next(turn);
    }

    /** Asks for what is missing, then for the yes. */
    void next(Turn turn) {
        GroupState s = state(turn);
        if (s.row() == null) {
            askRecord(turn);
            return;
        }
        Optional<GroupRecord> record = record(turn, s.row());
        if (record.isEmpty()) {
            write(turn, s.withRow(null));
            turn.say("There is no invalid record on row " + s.row() + " of " + s.groupName() + ".");
            askRecord(turn);
            return;
        }
        GroupRecord r = record.get();
        if (s.change() == Change.REMOVE) {
            turn.state().step(Step.CONFIRM);
            turn.confirm(
                    "Remove row " + r.n() + " (" + GroupRecords.who(r) + ") from " + s.groupName()
                            + "? It will not be created as a learner; you can add them later in another group.",
                    GroupChanges.DO);
        } else if (s.field() == null) {
            turn.state().step(Step.FIELD);
            turn.choices(
                    "Which detail of row " + r.n() + " (" + GroupRecords.who(r) + ") should change? "
                            + GroupRecords.reasons(r),
                    List.of(Field.values()).stream()
                            .map(f -> turn.option(f.words + " (" + GroupRecords.current(r, f) + ")", FIELD + f.api))
                            .toList());
        } else if (s.value() == null) {
            turn.state().step(Step.VALUE);
            Field f = Field.ofApi(s.field()).orElseThrow();
            turn.say("What should the " + f.words + " of row " + r.n() + " be? In the file now: "
                    + GroupRecords.current(r, f) + "."
                    + (f == Field.DATE_OF_BIRTH ? " Type it like 3 May 2009 or 03/05/2009." : ""));
        } else {
            Field f = Field.ofApi(s.field()).orElseThrow();
            turn.state().step(Step.CONFIRM);
            turn.confirm(
                    "Change the " + f.words + " of row " + r.n() + " (" + GroupRecords.who(r) + ") from "
                            + GroupRecords.current(r, f) + " to " + GroupRecords.shown(f, s.value())
                            + "? The record is checked again.",
                    GroupChanges.DO);
        }
    }

    private void askRecord(Turn turn) {
        List<GroupRecord> invalid = invalid(turn);
        turn.state().step(Step.WHICH_RECORD);
        turn.choices(
                "Which record? Give its row (for example \"row 4\") or the learner's name.",
                GroupRecords.rowOptions(turn, invalid));
    }

    private void onRecord(Turn turn) {
        String action = turn.action();
        List<GroupRecord> invalid = invalid(turn);
        Optional<Integer> row = Optional.empty();
        if (action != null && action.startsWith(GroupRecords.ROW)) {
            row = Optional.of(Integer.parseInt(action.substring(GroupRecords.ROW.length())));
        } else if (turn.text() != null) {
            row = GroupWords.row(turn.text(), invalid).or(() -> ordinal(turn.text(), invalid));
        }
        if (row.isEmpty()) {
            turn.say("Please give the record's row (for example \"row 4\") or pick one above, or say \"cancel\".");
            return;
        }
        GroupState s = state(turn).withRow(row.get());
        Optional<Field> field = turn.text() == null ? Optional.empty() : GroupWords.field(turn.text());
        if (s.change() == Change.FIX && field.isPresent() && s.field() == null) {
            s = s.withField(field.get().api)
                    .withValue(GroupWords.value(turn.text(), field.get()).orElse(null));
        }
        write(turn, s);
        next(turn);
    }

    private static Optional<Integer> ordinal(String text, List<GroupRecord> invalid) {
        int i = Slots.choice(text, invalid.stream().map(GroupRecords::line).toList());
        return i < 0 ? Optional.empty() : Optional.of(invalid.get(i).n());
    }

    private void onField(Turn turn) {
        String action = turn.action();
        String text = turn.text();
        Optional<Field> field = action != null && action.startsWith(FIELD)
                ? Field.ofApi(action.substring(FIELD.length()))
                : GroupWords.field(text == null ? "" : text);
        if (field.isEmpty()) {
            turn.say("A record has a given name, family name, date of birth, gender and ULN. Pick one above.");
            return;
        }
        GroupState s = state(turn).withField(field.get().api);
        write(
                turn,
                text == null
                        ? s
                        : s.withValue(GroupWords.value(text, field.get()).orElse(null)));
        next(turn);
    }

    private void onValue(Turn turn) {
        GroupState s = state(turn);
        Field f = Field.ofApi(s.field()).orElseThrow();
        Optional<String> value = turn.text() == null ? Optional.empty() : GroupWords.typed(turn.text(), f);
        if (value.isEmpty()) {
            turn.say(
                    f == Field.DATE_OF_BIRTH
                            ? "I couldn't read that date. Type it like 3 May 2009 or 03/05/2009, or say \"cancel\"."
                            : "Type the new " + f.words + " only, or say \"cancel\".");
            return;
        }
        write(turn, s.withValue(value.get()));
        next(turn);
    }

    private List<GroupRecord> invalid(Turn turn) {
        return changes.groups(turn).invalidRecords(state(turn).groupId());
    }

    private Optional<GroupRecord> record(Turn turn, int row) {
        return invalid(turn).stream().filter(r -> r.n() == row).findFirst();
    }

    private static GroupState state(Turn turn) {
        return turn.state().read(GroupState.class);
    }

    private static void write(Turn turn, GroupState s) {
        turn.state().write(s);
    }
}
