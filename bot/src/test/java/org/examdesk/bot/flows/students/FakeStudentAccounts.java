package org.examdesk.bot.flows.students;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.examdesk.admin.client.AdminApiException;
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
    final List<Map<String, String>> searches = new ArrayList<>();
    /** The students the speaker's own imports and exports made ({@code createdByMe=true}). */
    final Set<Long> createdBySpeaker = new HashSet<>();

    int matchCalls;

    /** A refusal every search answers with, when set (the API refusing someone who may not see students). */
    AdminApiException refusal;

    static Student student(long id, String forename, String surname, String status) {
        return student(id, forename, surname, status, 11, "2026-09-01", "import", true, true);
    }

    /** A student of {@code year}, created on {@code created} (yyyy-MM-dd, 09:00 UTC) by import or export. */
    static Student student(
            long id,
            String forename,
            String surname,
            String status,
            int year,
            String created,
            String createdBy,
            boolean mock,
            boolean highStakes) {
        return new Student(
                id,
                RIVERSIDE,
                forename,
                surname,
                "40123260000" + id + "X",
                forename.charAt(0) + "." + id + "@students.example",
                LocalDate.of(2010, 1, 1),
                year,
                status,
                new Permissions(mock, highStakes),
                new Failures(0, 3, 3),
                Instant.parse(created + "T09:00:00Z"),
                createdBy);
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.toLowerCase(Locale.ROOT).replace('ł', 'l'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    /** As the admin API: every filter given narrows (email or UCI either), then one page of the sorted rows. */
    @Override
    public StudentPage search(Map<String, String> filters) {
        searches.add(Map.copyOf(filters));
        if (refusal != null) {
            throw refusal;
        }
        List<Student> found = students.stream()
                .filter(s -> !filters.containsKey("status")
                        || List.of(filters.get("status").split(",")).contains(s.status()))
                .filter(s -> !filters.containsKey("email") && !filters.containsKey("uci")
                        || s.email().equals(filters.get("email"))
                        || s.uci().equals(filters.get("uci")))
                .filter(s -> !filters.containsKey("schoolYear")
                        || String.valueOf(s.schoolYear()).equals(filters.get("schoolYear")))
                .filter(s -> !filters.containsKey("createdBy") || s.createdBy().equals(filters.get("createdBy")))
                .filter(s -> !"true".equals(filters.get("createdByMe")) || createdBySpeaker.contains(s.id()))
                .filter(s -> !filters.containsKey("createdFrom")
                        || !day(s).isBefore(LocalDate.parse(filters.get("createdFrom"))))
                .filter(s ->
                        !filters.containsKey("createdTo") || !day(s).isAfter(LocalDate.parse(filters.get("createdTo"))))
                .filter(s -> !filters.containsKey("permission") || permitted(s, filters.get("permission")))
                .sorted(Comparator.comparing(Student::surname))
                .toList();
        int size = Integer.parseInt(filters.getOrDefault("size", "50"));
        int page = Integer.parseInt(filters.getOrDefault("page", "1"));
        List<Student> shown =
                found.stream().skip((long) (page - 1) * size).limit(size).toList();
        return new StudentPage(shown, found.size());
    }

    private static LocalDate day(Student s) {
        return s.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static boolean permitted(Student s, String permission) {
        return switch (permission) {
            case "mock" -> s.permissions().mock();
            case "highStakes" -> s.permissions().highStakes();
            case "noMock" -> !s.permissions().mock();
            default -> !s.permissions().highStakes();
        };
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
