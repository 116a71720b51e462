package org.examdesk.admin.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.examdesk.admin.bench.StudentCorpus.Sampled;

/**
 * What exams officers and the support desk ask of {@code GET /api/v1/students} and {@code GET
 * /api/v1/students/match}, each request built from a student drawn at random (so centres come up in proportion to
 * their size, common names and statuses more often than rare ones): names (prefixes, whole names, the chat's
 * accent-insensitive match, with a typo), every filter of the search alone, filters combined, the default list,
 * other sorts and a deep page; then, as a support agent over every centre, names, email, UCI, date of birth and a
 * centre number. "Centre" kinds run as one of the exams staff of the student's centre ("created by me" as the one
 * who made the student's account); "all centres" kinds as a support agent.
 */
final class StudentQueryMix {
    enum Caller {
        STAFF,
        CREATOR,
        AGENT
    }

    /**
     * One kind of request: its name, who sends it, which students it can be built from, how, and in which rounds
     * ({@code every} 1: all; n: every n-th measured round, none in the warm-up, for kinds that take seconds).
     */
    record Kind(
            String name, Caller caller, Predicate<Sampled> fits, BiFunction<Sampled, Random, String> path, int every) {
        Kind(String name, Caller caller, Predicate<Sampled> fits, BiFunction<Sampled, Random, String> path) {
            this(name, caller, fits, path, 1);
        }
    }

    /**
     * The rounds a name match across every centre is sent in: one in {@value}. Such a match compares every student
     * of every centre whose name shares an index entry with the query (tens of thousands for a common name) and
     * takes seconds at 1,000,000 students; sent as often as the others, it alone would take an hour.
     */
    static final int ACROSS_MATCH_EVERY = 20;

    static final String BASELINE = "baseline: GET /api/v1/me, centre staff";
    /** The centres whose list has a page 40 (at 50 a page). */
    static final int DEEP_PAGE = 40;

    private static final String[] SORTS = {"forename", "uci", "email", "dob", "schoolYear", "createdAt", "status"};
    private static final String[] PERMISSIONS = {"mock", "highStakes", "noMock", "noHighStakes"};
    private static final Predicate<Sampled> ANY = s -> true;

    private StudentQueryMix() {}

    static List<Kind> kinds() {
        List<Kind> kinds = new ArrayList<>();
        centre(
                kinds,
                "surname prefix, 2-4 letters",
                (s, r) -> search("surname", prefix(s.surname(), 2 + r.nextInt(3))));
        centre(kinds, "surname", (s, r) -> search("surname", typed(r, s.surname())));
        centre(
                kinds,
                "forename prefix, 2-3 letters",
                (s, r) -> search("forename", prefix(s.forename(), 2 + r.nextInt(2))));
        centre(
                kinds,
                "forename + surname prefixes",
                (s, r) -> search("forename", prefix(s.forename(), 3)) + "&surname=" + encode(prefix(s.surname(), 3)));
        centre(kinds, "match: full name", (s, r) -> match(r, s.forename() + " " + s.surname()));
        centre(kinds, "match: surname", (s, r) -> match(r, s.surname()));
        centre(kinds, "match: full name, one typo", (s, r) -> match(r, s.forename() + " " + typo(r, s.surname())));
        centre(kinds, "status", (s, r) -> search("status", s.status()));
        centre(kinds, "school year", (s, r) -> search("schoolYear", String.valueOf(s.year())));
        centre(kinds, "permission", (s, r) -> search("permission", PERMISSIONS[r.nextInt(PERMISSIONS.length)]));
        centre(
                kinds,
                "created from-to, one month",
                (s, r) -> search("createdFrom", s.created().withDayOfMonth(1) + "") + "&createdTo="
                        + s.created().withDayOfMonth(1).plusMonths(1).minusDays(1));
        centre(kinds, "created by", (s, r) -> search("createdBy", s.createdBy()));
        kinds.add(new Kind("created by me, centre", Caller.CREATOR, ANY, (s, r) -> search("createdByMe", "true")));
        kinds.add(
                new Kind("email, centre", Caller.STAFF, s -> s.email() != null, (s, r) -> search("email", s.email())));
        centre(
                kinds,
                "UCI",
                (s, r) -> search("uci", r.nextBoolean() ? s.uci() : s.uci().toLowerCase(Locale.ROOT)));
        centre(kinds, "date of birth", (s, r) -> search("dob", s.dob().toString()));
        centre(kinds, "list, page 1", (s, r) -> "/api/v1/students?size=50");
        centre(
                kinds,
                "list, another sort",
                (s, r) -> search("sort", (r.nextBoolean() ? "-" : "") + SORTS[r.nextInt(SORTS.length)]));
        kinds.add(new Kind(
                "list, page " + DEEP_PAGE + " of a centre of 2,000+, centre",
                Caller.STAFF,
                s -> s.centre().size() >= 2_000,
                (s, r) -> search("page", String.valueOf(DEEP_PAGE))));
        centre(
                kinds,
                "status + school year",
                (s, r) -> search("status", "LOCKED,FAILED_ACTIVATION") + "&schoolYear=" + s.year());
        centre(
                kinds,
                "status + permission + created from",
                (s, r) -> search("status", s.status())
                        + "&permission=" + PERMISSIONS[r.nextInt(PERMISSIONS.length)] + "&createdFrom="
                        + s.created().minusDays(r.nextInt(90)));
        centre(
                kinds,
                "surname prefix + school year, newest first",
                (s, r) -> search("surname", prefix(s.surname(), 3)) + "&schoolYear=" + s.year() + "&sort=-createdAt");
        across(kinds, "surname", (s, r) -> search("surname", typed(r, s.surname())));
        across(
                kinds,
                "forename + surname",
                (s, r) -> search("forename", typed(r, s.forename())) + "&surname=" + encode(typed(r, s.surname())));
        across(
                kinds,
                "surname prefix, 3-4 letters",
                (s, r) -> search("surname", prefix(s.surname(), 3 + r.nextInt(2))));
        kinds.add(new Kind(
                "email, all centres",
                Caller.AGENT,
                s -> s.email() != null,
                (s, r) ->
                        search("email", r.nextBoolean() ? s.email() : s.email().toUpperCase(Locale.ROOT))));
        across(kinds, "UCI", (s, r) -> search("uci", s.uci()));
        across(
                kinds,
                "surname + date of birth",
                (s, r) -> search("surname", typed(r, s.surname())) + "&dob=" + s.dob());
        across(
                kinds,
                "centre + surname prefix",
                (s, r) -> search("centre", s.centre().number()) + "&surname=" + encode(prefix(s.surname(), 3)));
        across(kinds, "centre + status", (s, r) -> search("centre", s.centre().number()) + "&status=" + s.status());
        kinds.add(new Kind(
                "match: full name, all centres",
                Caller.AGENT,
                ANY,
                (s, r) -> match(r, s.forename() + " " + s.surname()),
                ACROSS_MATCH_EVERY));
        kinds.add(new Kind(
                "match: surname, all centres", Caller.AGENT, ANY, (s, r) -> match(r, s.surname()), ACROSS_MATCH_EVERY));
        kinds.add(new Kind(BASELINE, Caller.STAFF, ANY, (s, r) -> "/api/v1/me"));
        return kinds;
    }

    private static void centre(List<Kind> kinds, String name, BiFunction<Sampled, Random, String> path) {
        kinds.add(new Kind(name + ", centre", Caller.STAFF, ANY, path));
    }

    private static void across(List<Kind> kinds, String name, BiFunction<Sampled, Random, String> path) {
        kinds.add(new Kind(name + ", all centres", Caller.AGENT, ANY, path));
    }

    private static String search(String name, String value) {
        return "/api/v1/students?size=50&" + name + "=" + encode(value);
    }

    /**
     * As the chat sends a name: typed in lower case more often than not, and four times in ten without accents or
     * apostrophes ("zoe lukasiewicz", "siobhan oconnor").
     */
    private static String match(Random r, String name) {
        String typed = typed(r, name);
        if (r.nextInt(10) < 4) {
            typed = Normalizer.normalize(typed.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "")
                    .replace("'", "");
        }
        return "/api/v1/students/match?q=" + encode(typed);
    }

    /** Two adjacent letters swapped in a name of 5 letters or more ("Smtih"); a shorter one loses its last letter. */
    private static String typo(Random r, String name) {
        if (name.length() < 5) {
            return name.substring(0, name.length() - 1);
        }
        int i = 1 + r.nextInt(name.length() - 2);
        return name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2);
    }

    /** As a person types it: lower case more often than not. */
    private static String typed(Random r, String name) {
        return r.nextInt(10) < 6 ? name.toLowerCase(Locale.ROOT) : name;
    }

    private static String prefix(String name, int letters) {
        return name.toLowerCase(Locale.ROOT).substring(0, Math.min(letters, name.length()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
