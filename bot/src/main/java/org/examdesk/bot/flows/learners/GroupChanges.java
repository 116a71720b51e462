package org.examdesk.bot.flows.learners;

import java.util.function.Function;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.LearnerModels.GroupChange;
import org.examdesk.admin.client.LearnerModels.GroupRecord;
import org.examdesk.admin.client.LearnerModels.GroupSubmitted;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.learners.GroupState.Change;
import org.examdesk.bot.flows.learners.GroupState.Step;
import org.examdesk.bot.flows.learners.GroupWords.Field;
import org.examdesk.bot.understanding.Slots;

/**
 * The changes to a learner group once confirmed: a record's value fixed, a record removed, the group submitted, each
 * made once through the admin API as the person (an idempotency key per confirmation), and what came of it said:
 * the record valid now or still not, the records left, the learners created; or the API's refusal in its words.
 */
final class GroupChanges {
    static final String DO = "do:change";

    private final Function<AdminClient.Caller, CentreGroups> groups;

    GroupChanges(Function<AdminClient.Caller, CentreGroups> groups) {
        this.groups = groups;
    }

    CentreGroups groups(Turn turn) {
        return groups.apply(turn.admin());
    }

    private GroupChange fix(Turn turn, GroupState s) {
        return groups.apply(turn.adminOnce("group-fix")).amend(s.groupId(), s.row(), s.field(), s.value());
    }

    private GroupChange remove(Turn turn, GroupState s) {
        return groups.apply(turn.adminOnce("group-remove")).remove(s.groupId(), s.row());
    }

    private GroupSubmitted submit(Turn turn, GroupState s) {
        return groups.apply(turn.adminOnce("group-submit")).submit(s.groupId());
    }

    static void confirmSubmit(Turn turn, String groupName, Integer records) {
        GroupState s = turn.state().read(GroupState.class);
        turn.state().write(s.doing(Change.SUBMIT));
        turn.state().step(Step.CONFIRM);
        turn.confirm(
                "Submit " + groupName + (records == null ? "" : " (" + GroupRecords.count(records, "record") + ")")
                        + "? Its valid records become learners of your centre, all of them or none.",
                DO);
    }

    void onConfirm(Turn turn) {
        Slots.YesNo typed = turn.text() == null ? Slots.YesNo.UNCLEAR : Slots.yesNo(turn.text());
        GroupState s = state(turn);
        if (typed == Slots.YesNo.NO) {
            write(turn, s.atRecords());
            turn.state().step(Step.RECORDS);
            turn.say(
                    "Fine, I have changed nothing. Tell me what else to fix or remove, say \"submit\", or \"cancel\".");
            return;
        }
        if (!DO.equals(turn.action()) && typed != Slots.YesNo.YES) {
            turn.say("Please answer with the buttons above (or type yes or no), or say \"cancel\".");
            return;
        }
        try {
            switch (s.change()) {
                case SUBMIT -> submitted(turn, submit(turn, s));
                case REMOVE -> changed(turn, remove(turn, s));
                default -> changed(turn, fix(turn, s));
            }
        } catch (AdminApiException e) {
            if (e.status() != 422 && e.status() != 409) {
                throw e;
            }
            refused(turn, s, e.getMessage());
        }
    }

    /** The API's sentence; the conversation stays at the step the refused change came from. */
    private void refused(Turn turn, GroupState s, String message) {
        if (s.change() == Change.FIX) {
            write(turn, s.withValue(null));
            turn.state().step(Step.VALUE);
            turn.say("That change was not accepted: " + message + " What should the "
                    + Field.ofApi(s.field()).map(f -> f.words).orElse("value") + " be?");
        } else {
            write(turn, s.atRecords());
            turn.state().step(Step.RECORDS);
            turn.say((s.change() == Change.SUBMIT ? "The group was not submitted: " : "Nothing was removed: ") + message
                    + " Tell me which record to fix or remove, or say \"cancel\".");
        }
    }

    private void changed(Turn turn, GroupChange done) {
        GroupRecord r = done.record();
        turn.say("Done: " + done.message()
                + (r == null
                        ? ""
                        : Boolean.TRUE.equals(r.valid())
                                ? " Row " + r.n() + " is valid now."
                                : " Row " + r.n() + " is still invalid: " + GroupRecords.reasons(r)));
        GroupChoice.records(turn, groups(turn), done.group());
    }

    private void submitted(Turn turn, GroupSubmitted done) {
        turn.state().clear();
        turn.say("Done: " + done.group().name() + " is submitted and " + GroupRecords.count(done.created(), "learner")
                + (done.created() == 1 ? " was" : " were") + " created. " + done.message());
    }

    private static GroupState state(Turn turn) {
        return turn.state().read(GroupState.class);
    }

    private static void write(Turn turn, GroupState s) {
        turn.state().write(s);
    }
}
