package org.examdesk.bot.flows.students;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.StudentModels.Student;
import org.examdesk.admin.client.StudentModels.StudentDetail;
import org.examdesk.bot.engine.FlowState;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.understanding.NameWords;
import org.examdesk.bot.understanding.Slots;

/**
 * Guides staff through a student's results account (domain section 1): find the student, say what the status
 * means, walk through the checks, propose the fix, confirm it, do it as the staff member, report it.
 */
public final class AccountFlow implements Flow {
    static final String NAME = "student_account";
    private static final String OFFERED = "offered";

    private final StudentPicker picker = new StudentPicker();
    private final AccountChanges changes;
    private final StudentReferences references;
    private final Function<AdminClient.Caller, StudentAccounts> accounts;

    /** {@code accounts} gives the students' accounts as the person talking sees them ({@link StudentAccounts#over}). */
    public AccountFlow(NameWords nameWords, Function<AdminClient.Caller, StudentAccounts> accounts) {
        this.references = new StudentReferences(nameWords);
        this.accounts = accounts;
        this.changes = new AccountChanges(accounts);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(Intent intent, Speaker speaker) {
        return speaker.isStaff() && Goal.of(intent).isPresent();
    }

    /**
     * "Why can't Zoë log in?" is about a student in hand: it starts the flow. "Student locked out" or "how do I
     * reactivate a student?" names nobody: it is answered from the article, with the task offered. A request for a
     * change ("reactivate a student") starts at once and asks who.
     */
    @Override
    public boolean startsNow(Turn turn, Intent intent) {
        boolean diagnose = Goal.of(intent).orElse(Goal.DIAGNOSE) == Goal.DIAGNOSE;
        if (!intent.asksHow() && !diagnose) {
            return true;
        }
        StudentReferences.Found found = find(turn, intent.text());
        return !found.students().isEmpty() || (found.named() && (found.capitalised() || !found.closest().isEmpty()));
    }

    @Override
    public boolean expectsText(FlowState state) {
        return "ask_email".equals(state.step()) || WrongDateOfBirth.STEP.equals(state.step());
    }

    @Override
    public String offer(Intent intent) {
        return switch (Goal.of(intent).orElse(Goal.DIAGNOSE)) {
            case REACTIVATE -> "Reactivate a student now";
            case CHANGE_EMAIL -> "Change a student's email now";
            case REMOVE_ACCESS -> "Remove a student's results access now";
            case GRANT_ACCESS -> "Grant a student results access now";
            case DIAGNOSE -> "Look at a student's account now";
        };
    }

    @Override
    public void start(Turn turn, Intent intent) {
        Goal goal = Goal.of(intent).orElse(Goal.DIAGNOSE);
        ObjectNode data = turn.state().data();
        data.put("goal", goal.name());
        data.put("permission", Goal.permissionNamed(intent.text()));
        data.put("request", intent.text());
        turn.state().enter(NAME, "who");
        identify(turn, intent.text());
    }

    @Override
    public void resume(Turn turn) {
        String step = turn.state().step();
        String action = turn.action();
        if ("who".equals(step)) {
            if (action != null && action.startsWith(StudentPicker.PICK)) {
                proceed(turn, Long.parseLong(action.substring(StudentPicker.PICK.length())));
            } else if (turn.text() != null) {
                int chosen = offeredChoice(turn);
                if (chosen >= 0) {
                    proceed(turn, turn.state().data().get(OFFERED).get(chosen).path("id").asLong());
                } else {
                    identify(turn, turn.text());
                }
            } else {
                picker.askWho(turn, "do you mean");
            }
            return;
        }
        changes.resume(turn);
    }

    /** "The second one", "the year 12 one": a pick from the list offered last, or -1. */
    private static int offeredChoice(Turn turn) {
        JsonNode offered = turn.state().data().path(OFFERED);
        if (!offered.isArray() || offered.isEmpty()) {
            return -1;
        }
        List<String> labels = new ArrayList<>();
        offered.forEach(o -> labels.add(o.path("label").asText()));
        return Slots.choice(turn.text(), labels);
    }

    private void identify(Turn turn, String text) {
        Goal goal = Goal.valueOf(turn.state().data().path("goal").asText());
        StudentReferences.Found found = find(turn, text);
        List<Student> matches = found.students();
        if (!found.named() || (matches.isEmpty() && found.closest().isEmpty() && !found.capitalised())) {
            picker.askWho(turn, goalPhrase(goal));
        } else if (matches.isEmpty()) {
            picker.notFound(turn, found.described(), found.closest());
        } else if (matches.size() > 1) {
            ArrayNode offered = turn.state().data().putArray(OFFERED);
            matches.stream().limit(StudentPicker.MAX_CHOICES).forEach(s -> offered.addObject().put("id", s.id())
                    .put("label", StudentPicker.label(s)));
            picker.offer(turn, matches, found.described());
        } else {
            proceed(turn, matches.get(0).id());
        }
    }

    private void proceed(Turn turn, long studentId) {
        StudentDetail detail = students(turn).get(studentId);
        Student student = detail.student();
        ObjectNode data = turn.state().data();
        data.remove(OFFERED);
        data.put("studentId", student.id());
        data.put("studentName", StudentPicker.name(student));
        data.put("email", student.email());
        data.put("uci", student.uci());
        data.put("dob", student.dateOfBirth() == null ? null : student.dateOfBirth().toString());
        Goal goal = Goal.valueOf(data.path("goal").asText());
        if (goal == Goal.CHANGE_EMAIL) {
            Slots.newEmail(data.path("request").asText(""), student.email())
                    .ifPresent(email -> data.put("newEmail", email));
        }
        turn.say(StudentPicker.label(student) + ": " + Wording.status(student.status()) + ". "
                + detail.diagnosis().meaning());
        detail.diagnosis().warnings().forEach(w -> turn.say("Note: " + w.text()));
        changes.propose(turn, detail, goal);
    }

    /** The students the text points at, looked up once a turn. */
    private StudentReferences.Found find(Turn turn, String text) {
        return turn.once("students:" + text, () -> references.find(students(turn), text));
    }

    private StudentAccounts students(Turn turn) {
        return accounts.apply(turn.admin());
    }

    private static String goalPhrase(Goal goal) {
        return switch (goal) {
            case REACTIVATE -> "should I reactivate";
            case CHANGE_EMAIL -> "needs a new email address";
            case REMOVE_ACCESS -> "should lose results access";
            case GRANT_ACCESS -> "should get results access";
            case DIAGNOSE -> "is it about";
        };
    }
}
