package org.examdesk.admin.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.examdesk.admin.results.SeriesDao;
import org.examdesk.admin.results.candidates.CandidateDao;
import org.jdbi.v3.core.Handle;

/**
 * Series, candidates and entries for the candidate results website: June 2026 (open since 23 March),
 * November 2026 (open since 5 October) and June 2027 (not open yet). Riverside has about 300 candidates, each of its
 * two associates 80, Hillside 250; a few June 2026 entries are withdrawn. Every centre starts at NONE. Riverside's
 * candidate 0042 is Zoë Łukasiewicz, and there are Greek and Chinese names, so letters show other scripts.
 */
final class ResultsSeeder implements DemoData.Seeder {
    static final String BOARD = "Northbridge International Examinations";
    private static final List<String> FORENAMES = List.of(
            "Amelia", "Oliver", "Isla", "George", "Ava", "Noah", "Mia", "Arthur", "Ivy", "Leo", "Freya", "Oscar",
            "Zara", "Harry", "Aisha", "Jack", "Maya", "Ethan", "Chloé", "Yusuf", "Ruby", "Kai", "Siobhán", "Finley",
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
            "O'Neill");
    private static final String[][] SPECIAL = {
        {"0042", "Zoë", "Łukasiewicz"}, {"0043", "Αλέξης", "Παππάς"}, {"0044", "静", "陈"}
    };

    @Override
    public void seed(Handle h) {
        long june26 = series(h, "June 2026", "J26", LocalDate.of(2026, 3, 23));
        long november26 = series(h, "November 2026", "N26", LocalDate.of(2026, 10, 5));
        long june27 = series(h, "June 2027", "J27", LocalDate.of(2027, 3, 22));
        Random random = new Random(20260323L);
        List<CandidateDao.Entry> entries = new ArrayList<>();
        for (Object[] centre :
                new Object[][] {{"40123", 300, true}, {"40124", 80, false}, {"40125", 80, false}, {"40456", 250, true}
                }) {
            long centreId = DemoData.centreId(h, (String) centre[0]);
            boolean main = (Boolean) centre[2];
            for (int i = 1; i <= (Integer) centre[1]; i++) {
                long candidate = candidate(h, random, centreId, (String) centre[0], i);
                entries.add(new CandidateDao.Entry(candidate, june26, centreId, i % 50 != 0));
                if (main && i % 3 == 0) {
                    entries.add(new CandidateDao.Entry(candidate, november26, centreId, true));
                }
                if (main) {
                    entries.add(new CandidateDao.Entry(candidate, june27, centreId, true));
                }
            }
        }
        h.attach(CandidateDao.class).insertEntries(entries);
    }

    private static long series(Handle h, String name, String code, LocalDate opens) {
        return h.attach(SeriesDao.class).insert(name, code, BOARD, opens);
    }

    private static long candidate(Handle h, Random random, long centreId, String centreNumber, int i) {
        String number = String.format(Locale.ROOT, "%04d", i);
        String forename = FORENAMES.get(random.nextInt(FORENAMES.size()));
        String surname = SURNAMES.get(random.nextInt(SURNAMES.size()));
        for (String[] special : SPECIAL) {
            if (centreNumber.equals("40123") && special[0].equals(number)) {
                forename = special[1];
                surname = special[2];
            }
        }
        return h.attach(CandidateDao.class)
                .insert(centreId, number, forename, surname, StudentSeeder.uci(centreNumber, i));
    }
}
