package org.examdesk.bot.flows.students;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.examdesk.admin.client.StudentsClient;
import org.examdesk.admin.client.StudentModels.Student;
import org.examdesk.admin.client.StudentModels.StudentDetail;
import org.examdesk.bot.engine.Entities;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;

/**
 * Guides staff through a student's results account (domain section 1): find the student, say what the status
 * means, walk through the checks, propose the fix, confirm it, do it as the staff member, report it.
 */
public final class AccountFlow implements Flow {
    static final String NAME = "student_account";

    private final StudentPicker picker = new StudentPicker();
    private final AccountChanges changes = new AccountChanges();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(Intent intent, Speaker speaker) {
        return speaker.isStaff() && switch (intent.kind()) {
            case ACCOUNT_PROBLEM, REACTIVATE, CHANGE_EMAIL, REMOVE_ACCESS, GRANT_ACCESS -> true;
            default -> false;
        };
    }

    @Override
    public void start(Turn turn, Intent intent) {
        Goal goal = Goal.of(intent);
        ObjectNode data = turn.state().data();
        data.put("goal", goal.name());
        data.put("permission", Goal.permissionNamed(intent.text()));
        if (goal == Goal.CHANGE_EMAIL && intent.entities().emails().size() > 1) {
            data.put("newEmail", intent.entities().emails().get(1));
        }
        turn.state().enter(NAME, "who");
        identify(turn, intent.entities());
    }

    @Override
    public void resume(Turn turn) {
        String step = turn.state().step();
        String action = turn.action();
        if ("who".equals(step)) {
            if (action != null && action.startsWith(StudentPicker.PICK)) {
                proceed(turn, Long.parseLong(action.substring(StudentPicker.PICK.length())));
            } else if (turn.text() != null) {
                identify(turn, Entities.extract(turn.text()));
            } else {
                picker.askWho(turn, "do you mean");
            }
            return;
        }
        changes.resume(turn, students(turn));
    }

    private void identify(Turn turn, Entities entities) {
        Goal goal = Goal.valueOf(turn.state().data().path("goal").asText());
        List<Student> matches = picker.find(students(turn), entities);
        String described = StudentPicker.describe(entities);
        boolean named = entities.name().isPresent() || !entities.ucis().isEmpty() || !entities.emails().isEmpty();
        if (!named) {
            picker.askWho(turn, goalPhrase(goal));
        } else if (matches.isEmpty()) {
            picker.notFound(turn, described);
        } else if (matches.size() > 1) {
            picker.offer(turn, matches, described);
        } else {
            proceed(turn, matches.get(0).id());
        }
    }

    private void proceed(Turn turn, long studentId) {
        StudentsClient students = students(turn);
        StudentDetail detail = students.get(studentId);
        Student student = detail.student();
        ObjectNode data = turn.state().data();
        data.put("studentId", student.id());
        data.put("studentName", StudentPicker.name(student));
        data.put("email", student.email());
        data.put("uci", student.uci());
        data.put("dob", student.dateOfBirth() == null ? null : student.dateOfBirth().toString());
        turn.say(StudentPicker.label(student) + ": " + Wording.status(student.status()) + ". "
                + detail.diagnosis().meaning());
        detail.diagnosis().warnings().forEach(w -> turn.say("Note: " + w.text()));
        changes.propose(turn, detail, Goal.valueOf(data.path("goal").asText()));
    }

    private static StudentsClient students(Turn turn) {
        return new StudentsClient(turn.admin());
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
