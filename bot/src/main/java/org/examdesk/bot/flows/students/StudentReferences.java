package org.examdesk.bot.flows.students;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.examdesk.admin.client.StudentModels.NameMatch;
import org.examdesk.admin.client.StudentModels.NameMatches;
import org.examdesk.admin.client.StudentModels.Student;
import org.examdesk.bot.engine.Entities;
import org.examdesk.bot.understanding.NameWords;
import org.examdesk.bot.understanding.Slots;
import org.examdesk.bot.understanding.Words;

/**
 * Which student a message means, resolved against the speaker's own students through the admin API (which scopes
 * every lookup to the caller's centre): a UCI, then an email address that is a student's, then the words that
 * could be a name, matched by the API accent- and case-insensitively, with one typo allowed.
 */
public final class StudentReferences {
    /** What a message points at: the students, how to describe the reference, and the closest names if none. */
    public record Found(
            List<Student> students, String described, List<String> closest, boolean named, boolean capitalised) {
        static final Found NOBODY = new Found(List.of(), "that student", List.of(), false, false);

        Found(List<Student> students, String described, List<String> closest, boolean named) {
            this(students, described, closest, named, false);
        }
    }

    private final NameWords nameWords;

    public StudentReferences(NameWords nameWords) {
        this.nameWords = nameWords;
    }

    public Found find(StudentAccounts students, String text) {
        Entities entities = Entities.extract(text);
        if (!entities.ucis().isEmpty()) {
            String uci = entities.ucis().get(0);
            return new Found(students.search(Map.of("uci", uci, "size", "20")).items(), "UCI " + uci, List.of(), true);
        }
        List<String> emails = Slots.emails(text);
        for (String email : emails) {
            List<Student> byEmail =
                    students.search(Map.of("email", email, "size", "20")).items();
            if (!byEmail.isEmpty()) {
                return new Found(byEmail, email, List.of(), true);
            }
        }
        List<String> words = nameWords.in(text);
        if (words.isEmpty()) {
            return emails.isEmpty() || emails.size() == 1 && mentionsNewAddress(text)
                    ? Found.NOBODY
                    : new Found(List.of(), emails.get(0), List.of(), true);
        }
        NameMatches matches = students.match(String.join(" ", words));
        List<Student> found = matches.items().stream().map(NameMatch::student).toList();
        if (!found.isEmpty() && namedSomeoneElse(words, matches.items().get(0))) {
            // "Sam Patel" where only a Patel matches: not the student meant; the partial matches are the closest
            List<String> closest = found.stream()
                    .map(s -> s.forename() + " " + s.surname())
                    .distinct()
                    .limit(3)
                    .toList();
            return new Found(List.of(), "a student called " + String.join(" ", words), closest, true, true);
        }
        String described = found.isEmpty()
                ? "a student called " + String.join(" ", words)
                : "\u201c" + String.join(" ", matches.items().get(0).words()) + "\u201d";
        boolean capitalised = words.stream().anyMatch(w -> Character.isUpperCase(w.charAt(0)));
        return new Found(found, described, matches.closest(), true, capitalised);
    }

    /**
     * Whether the message typed a full name that the best match only half fits: a forename or surname matched
     * while another word, capitalised as names are, did not.
     */
    private static boolean namedSomeoneElse(List<String> words, NameMatch best) {
        if ("FULL_NAME".equals(best.matched())) {
            return false;
        }
        List<String> matched = best.words().stream().map(Words::fold).toList();
        return words.stream().filter(w -> Character.isUpperCase(w.charAt(0))).anyMatch(w -> matched.stream()
                .noneMatch(m -> m.equals(Words.fold(w)) || Words.fold(w).contains(m)));
    }

    /** "...to x@y" or "new email x@y": the address is the new one, not the student's. */
    private static boolean mentionsNewAddress(String text) {
        return text.toLowerCase(Locale.ROOT).matches("(?s).*\\b(to|new|now|is)\\b\\W*\\S+@.*");
    }
}
