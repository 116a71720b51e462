package org.examdesk.bot.flows.students;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.StudentModels;
import org.examdesk.admin.client.StudentModels.Student;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;

/**
 * "Reactivate every locked student in year 11": lists who that is and how many, confirms once, reactivates each
 * (one idempotency key per student, so a replay does nothing twice) and reports each result.
 */
public final class BulkReactivateFlow implements Flow {
    static final int MAX_STUDENTS = 200;
    private static final int LISTED = 25;

    /** The students listed and confirmed, kept between the proposal and the confirmation. */
    record Locked(@JsonAlias("ids") List<LockedStudent> students) {
        Locked {
            students = students == null ? List.of() : List.copyOf(students);
        }
    }

    record LockedStudent(long id, String name) {}

    enum Step {
        CONFIRM
    }

    private final Function<AdminClient.Caller, StudentAccounts> accounts;

    /** {@code accounts} gives the students' accounts as the person talking sees them ({@link StudentAccounts#over}). */
    public BulkReactivateFlow(Function<AdminClient.Caller, StudentAccounts> accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "bulk_reactivate";
    }

    @Override
    public boolean handles(Intent intent, Speaker speaker) {
        return speaker.isStaff() && intent.is("bulk_reactivate");
    }

    @Override
    public String offer(Intent intent) {
        return "Reactivate the locked students now";
    }

    @Override
    public void start(Turn turn, Intent intent) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", "LOCKED");
        intent.entities().schoolYear().ifPresent(y -> filters.put("schoolYear", Integer.toString(y)));
        filters.put("size", Integer.toString(MAX_STUDENTS));
        filters.put("sort", "surname");
        StudentModels.StudentPage page = accounts.apply(turn.admin()).search(filters);
        String scope = intent.entities().schoolYear().map(y -> " in year " + y).orElse("");
        propose(turn, page, "locked", scope);
    }

    /**
     * Lists the students of {@code page} (found with at most {@link #MAX_STUDENTS} a page) and asks to reactivate them
     * all; a confirmation is then this flow's to act on. {@code kind} says what they are ("locked"), {@code scope}
     * where (" in year 11"). Another flow that has found the students (a search) hands them over here.
     */
    void propose(Turn turn, StudentModels.StudentPage page, String kind, String scope) {
        if (page.items().isEmpty()) {
            turn.state().clear();
            turn.say("No student" + scope + " at your centre is " + kind + ". Nothing to do.");
            return;
        }
        if (page.total() > MAX_STUDENTS) {
            turn.state().clear();
            turn.say(page.total() + " students" + scope + " are " + kind + "; I can do at most " + MAX_STUDENTS
                    + " at once. Narrow it down, e.g. by school year.");
            return;
        }
        List<LockedStudent> locked = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Student s : page.items()) {
            locked.add(new LockedStudent(s.id(), StudentPicker.name(s)));
            names.add(StudentPicker.label(s));
        }
        turn.state().write(new Locked(locked));
        turn.state().enter(name(), Step.CONFIRM);
        String listed = String.join("\n", names.subList(0, Math.min(LISTED, names.size())))
                + (names.size() > LISTED ? "\n… and " + (names.size() - LISTED) + " more" : "");
        turn.say(page.items().size() + " " + kind + " student" + (page.items().size() == 1 ? "" : "s") + scope + ":\n"
                + listed);
        turn.confirm("Reactivate all " + page.items().size() + "? Each gets a new activation link by email.", "do:all");
    }

    @Override
    public void resume(Turn turn) {
        if (!"do:all".equals(turn.action())) {
            turn.say("Please answer with the buttons above, or say \"cancel\".");
            return;
        }
        List<String> failed = new ArrayList<>();
        int done = 0;
        for (LockedStudent student : turn.state().read(Locked.class).students()) {
            long id = student.id();
            AdminClient.Caller once = turn.adminOnce("reactivate-" + id);
            try {
                accounts.apply(once).reactivate(id);
                done++;
            } catch (AdminApiException e) {
                if (e.status() >= 500 || e.status() == 401) {
                    throw e;
                }
                failed.add(student.name() + ": " + e.getMessage());
            }
        }
        turn.state().clear();
        turn.say("Done: " + done + " account" + (done == 1 ? "" : "s") + " reactivated; each student gets a new "
                + "activation link by email."
                + (failed.isEmpty() ? "" : "\nNot reactivated:\n" + String.join("\n", failed)));
    }
}
