package org.examdesk.bot.flows.students;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.examdesk.admin.client.ClientModels.Centre;
import org.examdesk.admin.client.StudentModels.Changed;
import org.examdesk.admin.client.StudentModels.Diagnosis;
import org.examdesk.admin.client.StudentModels.Failures;
import org.examdesk.admin.client.StudentModels.Fix;
import org.examdesk.admin.client.StudentModels.NameMatch;
import org.examdesk.admin.client.StudentModels.NameMatches;
import org.examdesk.admin.client.StudentModels.Permissions;
import org.examdesk.admin.client.StudentModels.Student;
import org.examdesk.admin.client.StudentModels.StudentDetail;
import org.examdesk.admin.client.StudentModels.StudentPage;
import org.examdesk.bot.flows.FlowRig;

/**
 * Students' accounts in memory for the student flows' unit tests: two students at Riverside Academy, name
 * matching by forename or surname (accents folded) as the admin API would, status filtering, changes recorded.
 */
final class FakeStudentAccounts implements StudentAccounts {
    static final Centre RIVERSIDE = FlowRig.RIVERSIDE;

    final List<Student> students = new ArrayList<>(
            List.of(student(7, "Zoë", "Łukasiewicz", "LOCKED"), student(8, "Ewan", "McDonald", "ACTIVE")));
    final List<String> changes = new ArrayList<>();
    int matchCalls;

    static Student student(long id, String forename, String surname, String status) {
        return new Student(
                id,
                RIVERSIDE,
                forename,
                surname,
                "40123260000" + id + "X",
                forename.charAt(0) + "." + id + "@students.example",
                LocalDate.of(2010, 1, 1),
                11,
                status,
                new Permissions(true, true),
                new Failures(0, 3, 3),
                Instant.parse("2026-09-01T09:00:00Z"),
                "import");
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.toLowerCase(Locale.ROOT).replace('ł', 'l'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    @Override
    public StudentPage search(Map<String, String> filters) {
        List<Student> found = students.stream()
                .filter(s -> filters.containsKey("status")
                        ? s.status().equals(filters.get("status"))
                        : s.email().equals(filters.get("email")) || s.uci().equals(filters.get("uci")))
                .toList();
        return new StudentPage(found, found.size());
    }

    @Override
    public NameMatches match(String words) {
        matchCalls++;
        List<String> typed = List.of(fold(words).split(" "));
        List<NameMatch> items = students.stream()
                .filter(s -> typed.contains(fold(s.forename())) || typed.contains(fold(s.surname())))
                .map(s -> new NameMatch(s, "FULL_NAME", true, typed))
                .toList();
        return new NameMatches(items, List.of());
    }

    @Override
    public StudentDetail get(long id) {
        Student s = students.stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        boolean locked = s.status().equals("LOCKED");
        return new StudentDetail(
                s,
                new Diagnosis(
                        s.status(),
                        locked ? "The account is locked." : "It is active.",
                        List.of(),
                        locked ? List.of(new Fix("REACTIVATE", "Reactivate", "POST", "/x")) : List.of(),
                        List.of()));
    }

    @Override
    public Changed reactivate(long id) {
        changes.add("reactivate " + id);
        return new Changed(get(id).student(), "reactivated", null);
    }

    @Override
    public Changed changeEmail(long id, String email) {
        changes.add("email " + id + " " + email);
        return new Changed(get(id).student(), "changed", null);
    }

    @Override
    public Changed setPermissions(long id, boolean mock, boolean highStakes, String reason) {
        changes.add("permissions " + id + " " + mock + " " + highStakes + " " + reason);
        return new Changed(get(id).student(), "changed", null);
    }
}
