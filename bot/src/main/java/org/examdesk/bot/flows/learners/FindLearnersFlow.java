package org.examdesk.bot.flows.learners;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.LearnerModels.Learner;
import org.examdesk.admin.client.LearnerModels.LearnerPage;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.FlowState;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.learners.CentreLearners.Group;
import org.examdesk.bot.understanding.NameWords;
import org.examdesk.knowledge.KnowledgeBase;

/**
 * "Find learner Chloe", "find learners in group Year 10 September", a ULN or a learner id (domain section 3): lists
 * the learners of the speaker's centre that match, from the admin API, with their learner id, ULN and date of birth.
 * A name is matched as students' names are; nothing named is asked for.
 */
public final class FindLearnersFlow implements Flow {
    static final String NAME = "find_learners";
    static final int SHOWN = 50;

    /** The one step that waits: what to look for, when the message named nothing. */
    enum Step {
        QUERY
    }

    private static final Pattern GROUP_AFTER = Pattern.compile(
            "\\bgroups?\\s+(?:called\\s+|named\\s+)?[\"\u201c']?([\\p{L}\\p{N}][^\"\u201d]*?)[\"\u201d']?"
                    + "(?:\\s+(?:please|pls|plz|thanks|thx))?\\s*[?.!]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GROUP_BEFORE = Pattern.compile(
            "\\b(?:in|from|of)\\s+(?:the\\s+|my\\s+|our\\s+)?[\"\u201c']?([\\p{L}\\p{N}][^\"\u201d]*?)[\"\u201d']?\\s+"
                    + "(?:learner\\s+)?group\\b",
            Pattern.CASE_INSENSITIVE);

    private final LearnerReferences references;
    private final LearnerChooser chooser = new LearnerChooser();
    private final LearnerAccess access;
    private final Function<AdminClient.Caller, CentreLearners> learners;

    /** {@code learners} gives learner management as the admin API serves it to a caller ({@link CentreLearners#over}). */
    public FindLearnersFlow(
            NameWords nameWords, KnowledgeBase knowledge, Function<AdminClient.Caller, CentreLearners> learners) {
        this.references = new LearnerReferences(nameWords);
        this.access = new LearnerAccess(knowledge);
        this.learners = learners;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(Intent intent, Speaker speaker) {
        return speaker.isStaff() && intent.is("find_learners");
    }

    @Override
    public boolean expectsText(FlowState state) {
        return state.at(Step.QUERY);
    }

    @Override
    public boolean startsNow(Turn turn, Intent intent) {
        return !intent.asksHow()
                || group(intent.text()).isPresent()
                || LearnerGuess.namesALearner(turn, references, learners, intent.text());
    }

    @Override
    public String offer(Intent intent) {
        return "Find a learner now";
    }

    @Override
    public void start(Turn turn, Intent intent) {
        turn.state().enter(NAME, Step.QUERY);
        access.guarded(turn, () -> find(turn, intent.text()));
    }

    @Override
    public void resume(Turn turn) {
        access.guarded(turn, () -> find(turn, turn.text() == null ? "" : turn.text()));
    }

    private void find(Turn turn, String text) {
        CentreLearners api = learners(turn);
        Optional<String> group = group(text);
        if (group.isPresent()) {
            inGroup(turn, api, group.get());
            return;
        }
        LearnerReferences.Found found = references.find(api, text);
        if (!found.named()) {
            turn.state().step(Step.QUERY);
            chooser.askWho(turn, "Who are you looking for? You can also name a learner group.");
        } else if (found.all().isEmpty()) {
            turn.state().clear();
            chooser.notFound(turn, found);
        } else {
            list(turn, found.all(), found.all().size(), "matching " + found.described());
            if (found.all().size() >= LearnerChooser.MAX_CHOICES) {
                turn.say("There may be more: give a full name, a learner id or a ULN to narrow it down.");
            }
        }
    }

    /** The learners of the group named: the one of that name (ignoring case), or the only one whose name has it. */
    private static void inGroup(Turn turn, CentreLearners api, String name) {
        turn.state().clear();
        List<Group> like = api.groups(name);
        Optional<Group> group = like.stream()
                .filter(g -> g.name().equalsIgnoreCase(name))
                .findFirst()
                .or(() -> like.size() == 1 ? Optional.of(like.get(0)) : Optional.empty());
        if (group.isEmpty()) {
            turn.say("I can't find a learner group called \u201c" + name + "\u201d at your centre."
                    + (like.isEmpty()
                            ? ""
                            : " Groups with a name like it: "
                                    + String.join(
                                            ", ", like.stream().map(Group::name).toList()) + "."));
            return;
        }
        Group g = group.get();
        LearnerPage page = api.search(Map.of("group", String.valueOf(g.id()), "size", String.valueOf(SHOWN)));
        if (!page.items().isEmpty()) {
            list(turn, page.items(), page.total(), "in group \u201c" + g.name() + "\u201d");
        } else if (!"SUBMITTED".equals(g.state())) {
            turn.say("The learner group \u201c" + g.name()
                    + "\u201d has not been submitted yet, so it has no learners: "
                    + "it has " + g.records() + " records, " + g.invalid() + " of them invalid. Once the invalid "
                    + "records are fixed or removed and the group is submitted, its learners can be found and "
                    + "registered.");
        } else {
            turn.say("The learner group \u201c" + g.name() + "\u201d has no learners.");
        }
    }

    private static void list(Turn turn, List<Learner> learners, long total, String described) {
        turn.state().clear();
        String count = total == 1 ? "1 learner" : total + " learners";
        turn.say(count + " " + described + (total > learners.size() ? " (the first " + learners.size() + " shown)" : "")
                + ".");
        turn.add(new Reply.Table(
                "Learners " + described,
                List.of("Name", "Learner id", "ULN", "Date of birth"),
                learners.stream()
                        .map(l -> List.of(
                                Wording.name(l),
                                l.learnerRef(),
                                l.uln() == null ? "none" : l.uln(),
                                Dates.show(l.dateOfBirth())))
                        .toList(),
                null));
    }

    /** The learner group a message names: "in group Year 10 September", "the year 10 september group". */
    static Optional<String> group(String text) {
        for (Pattern p : List.of(GROUP_AFTER, GROUP_BEFORE)) {
            Matcher m = p.matcher(text.trim());
            if (m.find() && !m.group(1).isBlank()) {
                return Optional.of(m.group(1).trim());
            }
        }
        return Optional.empty();
    }

    private CentreLearners learners(Turn turn) {
        return learners.apply(turn.admin());
    }
}
