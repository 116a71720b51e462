package org.examdesk.bot.flows.learners;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.FlowState;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.SharedFile;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.learners.GroupState.Step;
import org.examdesk.knowledge.KnowledgeBase;

/**
 * "What's wrong with my learner group" (domain section 3): finds the centre's learner group with invalid records
 * (asks which when several), shows each invalid record with its reasons, and lets the person fix one value of a
 * record, remove a record and submit the group, each confirmed and made through the admin API as the person. A
 * learner group's file shared in the conversation is uploaded as a new group (its name asked when not sent with it),
 * and once checked comes to the same conversation. Centre administrators and assessors only: the admin API refuses
 * anyone else (403), and the refusal is said as the other learner flows say it.
 */
public final class LearnerGroupFlow implements Flow {
    static final String NAME = "learner_group";
    static final String INTENT = "fix_learner_group";
    private static final List<String> UPLOADERS = List.of("CENTRE_ADMINISTRATOR", "ASSESSOR");
    private static final Pattern HOW = Pattern.compile(
            "^\\W*(how|what (does|do|is|are|happens)|where|when|can (i|we|you)|do (i|we)|is it possible)\\b",
            Pattern.CASE_INSENSITIVE);

    private final LearnerAccess access;
    private final Function<AdminClient.Caller, CentreGroups> groups;
    private final GroupSteps steps;
    private final GroupUpload upload;

    /** {@code groups} gives the learner groups as the admin API serves them to a caller ({@link CentreGroups#over}). */
    public LearnerGroupFlow(KnowledgeBase knowledge, Function<AdminClient.Caller, CentreGroups> groups) {
        this(knowledge, groups, Duration.ofSeconds(2));
    }

    /** {@code wait}: how long a turn waits for an uploaded group's check before answering "validating...". */
    LearnerGroupFlow(KnowledgeBase knowledge, Function<AdminClient.Caller, CentreGroups> groups, Duration wait) {
        this.access = new LearnerAccess(knowledge);
        this.groups = groups;
        this.steps = new GroupSteps(new GroupChanges(groups));
        this.upload = new GroupUpload(groups, wait);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(Intent intent, Speaker speaker) {
        return speaker.isStaff() && intent.is(INTENT);
    }

    /** While the records are open, what is typed is about them ("remove row 9"): "cancel" leaves. */
    @Override
    public boolean expectsText(FlowState state) {
        return state.at(Step.NAME)
                || state.at(Step.RECORDS)
                || state.at(Step.WHICH_RECORD)
                || state.at(Step.FIELD)
                || state.at(Step.VALUE);
    }

    @Override
    public String offer(Intent intent) {
        return "Look at my learner groups now";
    }

    /**
     * Files from those who may upload learner groups: a centre administrator or assessor. Anyone else's file (an exams
     * officer's file of students) stays with the channel, as before.
     */
    @Override
    public boolean takesFilesFrom(Speaker speaker) {
        return speaker.isStaff() && UPLOADERS.stream().anyMatch(speaker.user()::hasRole);
    }

    /** A file with the learner-group template's columns, from someone who may upload learner groups. */
    @Override
    public boolean takes(SharedFile file, Speaker speaker) {
        return takesFilesFrom(speaker) && GroupFileHeader.isGroupFile(file.fileName(), file.content());
    }

    /** Questions about how it is done are explained; "why is my learner group invalid" looks at the groups. */
    @Override
    public boolean startsNow(Turn turn, Intent intent) {
        return !intent.asksHow() || !HOW.matcher(intent.text()).find();
    }

    @Override
    public void start(Turn turn, Intent intent) {
        turn.state().enter(NAME, Step.WHICH_GROUP);
        turn.state().write(GroupState.empty());
        access.guarded(turn, () -> {
            GroupChoice.choose(turn, groups.apply(turn.admin()), intent.text());
            if (turn.state().at(Step.RECORDS) && asksForAChange(intent.text())) {
                steps.request(turn, intent.text());
            }
        });
    }

    /** "Submit the Year 10 September group", "remove row 9 from ...": more than naming the group. */
    private static boolean asksForAChange(String text) {
        return GroupWords.change(text).filter(c -> c != GroupState.Change.FIX).isPresent()
                || GroupWords.field(text).isPresent();
    }

    @Override
    public void startWith(Turn turn, SharedFile file) {
        turn.state().enter(NAME, Step.NAME);
        turn.state().write(GroupState.empty());
        access.guarded(turn, () -> upload.received(turn, file));
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
                case NAME -> upload.onName(turn);
                case WHICH_GROUP -> GroupChoice.onWhich(turn, groups.apply(turn.admin()));
                case VALIDATING -> upload.report(turn);
                default -> steps.resume(turn, step);
            }
        });
    }
}
