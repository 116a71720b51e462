package org.examdesk.bot.flows.students;

import java.util.List;
import java.util.function.Function;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.StudentModels.Student;
import org.examdesk.admin.client.StudentModels.StudentDetail;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.FlowState;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.students.AccountState.Offered;
import org.examdesk.bot.flows.students.AccountState.Step;
import org.examdesk.bot.understanding.NameWords;
import org.examdesk.bot.understanding.Slots;

/**
 * Guides staff through a student's results account (domain section 1): find the student, say what the status
 * means, walk through the checks, propose the fix, confirm it, do it as the staff member, report it.
 */
public final class AccountFlow implements Flow {
    static final String NAME = "student_account";

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
        return !found.students().isEmpty()
                || (found.named() && (found.capitalised() || !found.closest().isEmpty()));
    }

    @Override
    public boolean expectsText(FlowState state) {
        return state.at(Step.ASK_EMAIL) || state.at(Step.CORRECT_DOB);
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
        turn.state().write(AccountState.start(goal, Goal.permissionNamed(intent.text()), intent.text()));
        turn.state().enter(NAME, Step.WHO);
        identify(turn, intent.text());
    }

    @Override
    public void resume(Turn turn) {
        String action = turn.action();
        if (turn.state().at(Step.WHO)) {
            if (action != null && action.startsWith(StudentPicker.PICK)) {
                proceed(turn, Long.parseLong(action.substring(StudentPicker.PICK.length())));
            } else if (turn.text() != null) {
                int chosen = offeredChoice(turn);
                if (chosen >= 0) {
                    proceed(
                            turn,
                            turn.state()
                                    .read(AccountState.class)
                                    .offered()
                                    .get(chosen)
                                    .id());
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
        List<Offered> offered = turn.state().read(AccountState.class).offered();
        if (offered.isEmpty()) {
            return -1;
        }
        return Slots.choice(turn.text(), offered.stream().map(Offered::label).toList());
    }

    private void identify(Turn turn, String text) {
        AccountState state = turn.state().read(AccountState.class);
        Goal goal = state.goal();
        StudentReferences.Found found = find(turn, text);
        List<Student> matches = found.students();
        if (!found.named() || (matches.isEmpty() && found.closest().isEmpty() && !found.capitalised())) {
            picker.askWho(turn, goalPhrase(goal));
        } else if (matches.isEmpty()) {
            picker.notFound(turn, found.described(), found.closest());
        } else if (matches.size() > 1) {
            turn.state()
                    .write(state.offering(matches.stream()
                            .limit(StudentPicker.MAX_CHOICES)
                            .map(s -> new Offered(s.id(), StudentPicker.label(s)))
                            .toList()));
            picker.offer(turn, matches, found.described());
        } else {
            proceed(turn, matches.get(0).id());
        }
    }

    private void proceed(Turn turn, long studentId) {
        StudentDetail detail = students(turn).get(studentId);
        Student student = detail.student();
        AccountState state = turn.state().read(AccountState.class).about(student, StudentPicker.name(student));
        Goal goal = state.goal();
        if (goal == Goal.CHANGE_EMAIL) {
            state = Slots.newEmail(state.request() == null ? "" : state.request(), student.email())
                    .map(state::withNewEmail)
                    .orElse(state);
        }
        turn.state().write(state);
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
