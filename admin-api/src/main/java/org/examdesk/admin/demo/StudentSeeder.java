package org.examdesk.admin.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.examdesk.admin.students.StudentDao;
import org.jdbi.v3.core.Handle;

/**
 * About 3,000 students over the two main centres, in every account status, from a fixed seed so every run
 * makes the same people. Sam Patel at Riverside is locked, for the walkthrough in the README. After them come
 * {@link #NAMED} students whose names try the name match: accents, apostrophes, hyphens, near-alike and equal names.
 */
final class StudentSeeder implements DemoData.Seeder {
    static final int PER_CENTRE = 1_500;
    /**
     * The first sequence number (of the UCI) of the named students at each centre: 1,501 to 1,540 are the entered
     * candidates without an account ({@link ExamEntrySeeder}).
     */
    static final int NAMED_FROM = 1_601;

    /** A student with a given name, status and school year, added after the generated ones. */
    record Named(String centre, String forename, String surname, int year, String status) {}

    static final List<Named> NAMED = List.of(
            new Named("40123", "Zoë", "Łukasiewicz", 11, "NOT_ACTIVATED"),
            new Named("40123", "Siobhán", "O'Connor", 10, "LOCKED"),
            new Named("40123", "Ewan", "McDonald", 12, "ACTIVE"),
            new Named("40123", "Mary-Jane", "Smith-Jones", 11, "FORGOTTEN_PASSWORD"),
            new Named("40123", "José", "García", 13, "FAILED_ACTIVATION"),
            new Named("40123", "Chloé", "Dubois", 10, "ACTIVE"),
            new Named("40123", "Niamh", "MacLeod", 11, "LOCKED"),
            new Named("40123", "Björn", "Ångström", 12, "NOT_ACTIVATED"),
            new Named("40123", "Aoife", "D'Arcy", 11, "ACTIVE"),
            new Named("40123", "Oluwaseun", "Adeyemi-Okafor", 13, "LOCKED"),
            new Named("40123", "François", "Lefèvre", 12, "FORGOTTEN_PASSWORD"),
            new Named("40123", "Priya", "Sharma", 11, "ACTIVE"),
            new Named("40123", "Priya", "Shah", 12, "LOCKED"),
            new Named("40123", "Liam", "O'Brien", 10, "ACTIVE"),
            new Named("40123", "Liam", "O'Brien", 12, "NOT_ACTIVATED"),
            new Named("40456", "Katarzyna", "Wiśniewska", 11, "LOCKED"));
    private static final List<String> FORENAMES = List.of(
            "Amelia", "Oliver", "Isla", "George", "Ava", "Noah", "Mia", "Arthur", "Ivy", "Leo", "Freya", "Oscar",
            "Zara", "Harry", "Aisha", "Jack", "Maya", "Ethan", "Chloe", "Yusuf", "Ruby", "Kai", "Elsie", "Finley",
            "Hana", "Theo", "Lily", "Adam", "Sienna", "Rory");
    private static final List<String> SURNAMES = List.of(
            "Smith",
            "Jones",
            "Taylor",
            "Brown",
            "Williams",
            "Wilson",
            "Johnson",
            "Davies",
            "Patel",
            "Wright",
            "Robinson",
            "Thompson",
            "Evans",
            "Walker",
            "Khan",
            "Green",
            "Hall",
            "Wood",
            "Clarke",
            "Hussain",
            "Murphy",
            "Kaur",
            "Baker",
            "Nguyen",
            "Cooper",
            "Ali",
            "Lewis");
    /** Status mix: most students active, every problem status well represented. */
    private static final String[] STATUSES = {
        "ACTIVE",
        "ACTIVE",
        "ACTIVE",
        "ACTIVE",
        "ACTIVE",
        "NOT_ACTIVATED",
        "NOT_ACTIVATED",
        "FAILED_ACTIVATION",
        "FORGOTTEN_PASSWORD",
        "LOCKED"
    };

    @Override
    public void seed(Handle h) {
        Random random = new Random(20261122L);
        List<String> centres = List.of("40123", "40456");
        List<StudentDao.Seeded> batch = new ArrayList<>();
        for (String number : centres) {
            long centreId = DemoData.centreId(h, number);
            for (int i = 1; i <= PER_CENTRE; i++) {
                boolean sam = number.equals("40123") && i == 1;
                String forename = sam ? "Sam" : FORENAMES.get(random.nextInt(FORENAMES.size()));
                String surname = sam ? "Patel" : SURNAMES.get(random.nextInt(SURNAMES.size()));
                String status = sam ? "LOCKED" : STATUSES[random.nextInt(STATUSES.length)];
                int year = sam ? 11 : 10 + random.nextInt(4);
                LocalDate dob = LocalDate.of(2026 - year - 5, 9, 1).plusDays(random.nextInt(365));
                boolean mock = random.nextInt(20) != 0;
                boolean high = random.nextInt(25) != 0;
                batch.add(student(
                        centreId,
                        forename,
                        surname,
                        uci(number, i),
                        email(forename, surname, i, number),
                        dob,
                        year,
                        status,
                        mock,
                        high,
                        i));
            }
        }
        addNamed(h, batch);
        h.attach(StudentDao.class).insertSeeded(batch);
    }

    /** The named students, numbered from {@link #NAMED_FROM} at each centre; no random draw, so nothing above moves. */
    private static void addNamed(Handle h, List<StudentDao.Seeded> batch) {
        Map<String, Integer> next = new HashMap<>();
        for (Named n : NAMED) {
            int i = next.merge(n.centre(), NAMED_FROM, (was, first) -> was + 1);
            LocalDate dob = LocalDate.of(2026 - n.year() - 5, 9, 1).plusDays((i * 37L) % 365);
            batch.add(student(
                    DemoData.centreId(h, n.centre()),
                    n.forename(),
                    n.surname(),
                    uci(n.centre(), i),
                    email(n.forename(), n.surname(), i, n.centre()),
                    dob,
                    n.year(),
                    n.status(),
                    true,
                    true,
                    i));
        }
    }

    /** The failure counters that go with the status, when the account was made, and how. */
    private static StudentDao.Seeded student(
            long centre,
            String forename,
            String surname,
            String uci,
            String email,
            LocalDate dob,
            int year,
            String status,
            boolean mock,
            boolean high,
            int i) {
        return new StudentDao.Seeded(
                centre,
                forename,
                surname,
                uci,
                email,
                dob,
                year,
                status,
                mock,
                high,
                status.equals("FAILED_ACTIVATION") ? 3 : 0,
                status.equals("FORGOTTEN_PASSWORD") || status.equals("LOCKED") ? 3 : 0,
                status.equals("LOCKED") ? 3 : 0,
                OffsetDateTime.parse("2026-09-01T09:00:00Z").plusMinutes(i * 7L),
                i % 2 == 0 ? "import" : "export");
    }

    /** 13 characters: centre number, series year, a five-digit sequence and a check letter. */
    static String uci(String centreNumber, int sequence) {
        String digits = centreNumber + "26" + String.format(Locale.ROOT, "%05d", sequence);
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * (i + 1);
        }
        return digits + (char) ('A' + sum % 26);
    }

    /** ASCII only: accents and apostrophes are left out ("zoe.lukasiewicz1601", "siobhan.oconnor1602"). */
    private static String email(String forename, String surname, int i, String centreNumber) {
        String domain = centreNumber.equals("40123") ? "students.riverside.example" : "students.hillside.example";
        return (ascii(forename) + "." + ascii(surname) + i).toLowerCase(Locale.ROOT) + "@" + domain;
    }

    private static String ascii(String name) {
        String plain = Normalizer.normalize(name.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replaceAll("[^A-Za-z0-9-]", "");
    }
}
