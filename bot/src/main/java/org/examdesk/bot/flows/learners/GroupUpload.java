package org.examdesk.bot.flows.learners;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.LearnerModels.LearnerGroup;
import org.examdesk.bot.engine.SharedFile;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.learners.GroupState.Step;

/**
 * A learner group's file shared in the conversation: named by the text sent with it or asked for (the file is then
 * kept in the conversation's state until the name comes, and only then), uploaded through the admin API as the
 * person, and waited for a short, bounded while: the check's result is shown at once when it is quick, otherwise
 * the next time the person writes ("is it ready?"), so a turn never holds the engine for long.
 */
final class GroupUpload {
    /** The largest file kept while its name is asked (a group of 20,000 learners is about 1 MB). */
    static final int HOLD_BYTES = 2 * 1024 * 1024;

    private final Function<AdminClient.Caller, CentreGroups> groups;
    private final Duration wait;

    GroupUpload(Function<AdminClient.Caller, CentreGroups> groups, Duration wait) {
        this.groups = groups;
        this.wait = wait;
    }

    void received(Turn turn, SharedFile file) {
        Optional<String> name = GroupWords.groupName(file.text());
        if (name.isPresent()) {
            upload(turn, name.get(), file.fileName(), file.content());
        } else if (file.content().length > HOLD_BYTES) {
            turn.state().clear();
            turn.say("That file is too large for me to hold while I ask its name. Share it again with the group's "
                    + "name as the message.");
        } else {
            turn.state().write(GroupState.holding(file.fileName(), file.content()));
            turn.state().step(Step.NAME);
            turn.say(file.fileName() + " has the columns of a learner group. What should I call the group? Its "
                    + "name must be new among your groups, for example \"Year 10 September\".");
        }
    }

    void onName(Turn turn) {
        GroupState s = turn.state().read(GroupState.class);
        Optional<String> name = GroupWords.groupName(turn.text());
        if (name.isEmpty() || s.file() == null) {
            turn.say("Type the group's name (up to 100 characters), or say \"cancel\".");
            return;
        }
        upload(turn, name.get(), s.fileName(), s.file());
    }

    private void upload(Turn turn, String name, String fileName, byte[] content) {
        LearnerGroup g;
        try {
            String key = "group-upload:" + Integer.toHexString(Objects.hash(name, fileName, Arrays.hashCode(content)));
            g = groups.apply(turn.adminOnce(key)).upload(name, fileName, content);
        } catch (AdminApiException e) {
            if (e.status() == 409 && content.length <= HOLD_BYTES) {
                turn.state().write(GroupState.holding(fileName, content));
                turn.state().step(Step.NAME);
                turn.say(e.getMessage() + " What should I call it instead?");
                return;
            }
            if (e.status() != 422 && e.status() != 409 && e.status() != 413) {
                throw e;
            }
            turn.state().clear();
            turn.say("Nothing was uploaded: " + e.getMessage());
            return;
        }
        turn.state().write(GroupState.empty().on(g.id(), g.name()));
        turn.say("Uploaded " + fileName + " as the learner group " + g.name() + ": "
                + GroupRecords.count(g.records(), "record") + ", validating...");
        report(turn);
    }

    /** The group's check: its result when done (within the short wait), otherwise how far it has got. */
    void report(Turn turn) {
        CentreGroups centre = groups.apply(turn.admin());
        long id = turn.state().read(GroupState.class).groupId();
        LearnerGroup g = centre.group(id);
        long until = System.nanoTime() + wait.toNanos();
        while ("VALIDATING".equals(g.state()) && System.nanoTime() < until) {
            pause();
            g = centre.group(id);
        }
        if ("VALIDATED".equals(g.state())) {
            turn.say("Validated: " + g.valid() + " valid and " + g.invalid() + " invalid.");
        }
        GroupChoice.open(turn, centre, id);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a learner group's check", e);
        }
    }
}
