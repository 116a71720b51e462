package org.examdesk.admin.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * About 3,000 students over the two main centres, in every account status, from a fixed seed so every run
 * makes the same people. Sam Patel at Riverside is locked, for the walkthrough in the README.
 */
final class StudentSeeder implements DemoData.Seeder {
    static final int PER_CENTRE = 1_500;
    private static final List<String> FORENAMES = List.of("Amelia", "Oliver", "Isla", "George", "Ava", "Noah", "Mia",
            "Arthur", "Ivy", "Leo", "Freya", "Oscar", "Zara", "Harry", "Aisha", "Jack", "Maya", "Ethan", "Chloe",
            "Yusuf", "Ruby", "Kai", "Elsie", "Finley", "Hana", "Theo", "Lily", "Adam", "Sienna", "Rory");
    private static final List<String> SURNAMES = List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson",
            "Johnson", "Davies", "Patel", "Wright", "Robinson", "Thompson", "Evans", "Walker", "Khan", "Green",
            "Hall", "Wood", "Clarke", "Hussain", "Murphy", "Kaur", "Baker", "Nguyen", "Cooper", "Ali", "Lewis");
    /** Status mix: most students active, every problem status well represented. */
    private static final String[] STATUSES = {"ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "NOT_ACTIVATED",
            "NOT_ACTIVATED", "FAILED_ACTIVATION", "FORGOTTEN_PASSWORD", "LOCKED"};

    @Override
    public void seed(Handle h) {
        Random random = new Random(20261122L);
        List<long[]> centres = List.of(centre(h, "40123"), centre(h, "40456"));
        PreparedBatch batch = h.prepareBatch("""
                insert into students (centre_id, forename, surname, uci, email, date_of_birth, school_year, status,
                                      mock_permission, high_stakes_permission, activation_failures, login_failures,
                                      reset_failures, created_at, created_by)
                values (:centre, :forename, :surname, :uci, :email, :dob, :year, :status, :mock, :high, :af, :lf, :rf,
                        :created, :createdBy)""");
        for (long[] centre : centres) {
            String number = h.createQuery("select number from centres where id = :id").bind("id", centre[0])
                    .mapTo(String.class).one();
            for (int i = 1; i <= PER_CENTRE; i++) {
                boolean sam = number.equals("40123") && i == 1;
                String forename = sam ? "Sam" : FORENAMES.get(random.nextInt(FORENAMES.size()));
                String surname = sam ? "Patel" : SURNAMES.get(random.nextInt(SURNAMES.size()));
                String status = sam ? "LOCKED" : STATUSES[random.nextInt(STATUSES.length)];
                int year = sam ? 11 : 10 + random.nextInt(4);
                LocalDate dob = LocalDate.of(2026 - year - 5, 9, 1).plusDays(random.nextInt(365));
                batch.bind("centre", centre[0]).bind("forename", forename).bind("surname", surname)
                        .bind("uci", uci(number, i)).bind("email", email(forename, surname, i, number))
                        .bind("dob", dob).bind("year", year).bind("status", status)
                        .bind("mock", random.nextInt(20) != 0).bind("high", random.nextInt(25) != 0)
                        .bind("af", status.equals("FAILED_ACTIVATION") ? 3 : 0)
                        .bind("lf", status.equals("FORGOTTEN_PASSWORD") || status.equals("LOCKED") ? 3 : 0)
                        .bind("rf", status.equals("LOCKED") ? 3 : 0)
                        .bind("created", java.time.OffsetDateTime.parse("2026-09-01T09:00:00Z").plusMinutes(i * 7L))
                        .bind("createdBy", i % 2 == 0 ? "import" : "export")
                        .add();
            }
        }
        batch.execute();
    }

    private static long[] centre(Handle h, String number) {
        return new long[] {h.createQuery("select id from centres where number = :n").bind("n", number)
                .mapTo(Long.class).one()};
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

    private static String email(String forename, String surname, int i, String centreNumber) {
        String domain = centreNumber.equals("40123") ? "students.riverside.example" : "students.hillside.example";
        return (forename + "." + surname + i).toLowerCase(Locale.ROOT) + "@" + domain;
    }
}
