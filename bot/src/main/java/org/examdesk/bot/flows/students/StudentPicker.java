package org.examdesk.bot.flows.students;

import java.util.List;
import org.examdesk.admin.client.StudentModels.Student;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Turn;

/**
 * Asks which student: several matches become a pick list (year and UCI on each); none becomes a question
 * with the closest names.
 */
final class StudentPicker {
    static final String PICK = "pick:";
    static final int MAX_CHOICES = 8;

    /** Asks which of several students is meant. */
    void offer(Turn turn, List<Student> matches, String described) {
        List<Reply.Option> options = matches.stream()
                .limit(MAX_CHOICES)
                .map(s -> turn.option(label(s), PICK + s.id()))
                .toList();
        String more = matches.size() > MAX_CHOICES
                ? " (the first " + MAX_CHOICES + " of " + matches.size() + "; give a UCI or email to narrow it down)"
                : "";
        turn.choices(matches.size() + " students match " + described + more + ". Which one?", options);
    }

    void askWho(Turn turn, String goal) {
        turn.say("Which student " + goal + "? Give their name, UCI or email address.");
    }

    void notFound(Turn turn, String described, List<String> closest) {
        String near = closest.isEmpty() ? "" : " The closest names are " + String.join(", ", closest) + ".";
        turn.say("I can't find " + described + " at your centre." + near + " Check the spelling, or give their "
                + "13-character UCI or their email address.");
    }

    static String label(Student s) {
        return name(s) + (s.schoolYear() == null ? "" : ", year " + s.schoolYear()) + ", UCI " + s.uci();
    }

    static String name(Student s) {
        return s.forename() + " " + s.surname();
    }
}
