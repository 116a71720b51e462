package org.examdesk.bot.flows.students;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.client.StudentsClient;
import org.examdesk.admin.client.StudentModels.Student;
import org.examdesk.bot.engine.Entities;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Turn;

/**
 * Finds the student a message is about, in the speaker's own centre (the admin API scopes every search): by
 * UCI, by email, or by name. Several matches become a pick list; none becomes a question.
 */
final class StudentPicker {
    static final String PICK = "pick:";
    private static final int MAX_CHOICES = 8;

    /** Students the entities point at; empty when the message names nobody. */
    List<Student> find(StudentsClient students, Entities entities) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (!entities.ucis().isEmpty()) {
            filters.put("uci", entities.ucis().get(0));
        } else if (!entities.emails().isEmpty()) {
            filters.put("email", entities.emails().get(0));
        } else if (entities.name().isPresent()) {
            Entities.PersonName name = entities.name().get();
            if (name.forename() != null) {
                filters.put("forename", name.forename());
            }
            filters.put("surname", name.surname());
        } else {
            return List.of();
        }
        filters.put("size", "20");
        return students.search(filters).items();
    }

    /** Asks which of several students is meant. */
    void offer(Turn turn, List<Student> matches, String described) {
        List<Reply.Option> options = matches.stream().limit(MAX_CHOICES)
                .map(s -> turn.option(label(s), PICK + s.id()))
                .toList();
        String more = matches.size() > MAX_CHOICES ? " (the first " + MAX_CHOICES + " of " + matches.size()
                + "; give a UCI or email to narrow it down)" : "";
        turn.choices(matches.size() + " students match " + described + more + ". Which one?", options);
    }

    void askWho(Turn turn, String goal) {
        turn.say("Which student " + goal + "? Give their name, UCI or email address.");
    }

    void notFound(Turn turn, String described) {
        turn.say("I can't find " + described + " among your centre's students. Check the spelling, or give their "
                + "13-character UCI or their email address.");
    }

    static String label(Student s) {
        return name(s) + (s.schoolYear() == null ? "" : ", year " + s.schoolYear()) + ", UCI " + s.uci();
    }

    static String name(Student s) {
        return s.forename() + " " + s.surname();
    }

    static String describe(Entities entities) {
        if (!entities.ucis().isEmpty()) {
            return "UCI " + entities.ucis().get(0);
        }
        if (!entities.emails().isEmpty()) {
            return entities.emails().get(0);
        }
        return entities.name().map(Entities.PersonName::full).orElse("that student");
    }
}
