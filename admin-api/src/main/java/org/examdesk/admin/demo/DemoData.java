package org.examdesk.admin.demo;

import java.util.List;
import org.examdesk.admin.accounts.CentreDao;
import org.examdesk.admin.accounts.PasswordHasher;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deterministic demo data for an empty database: centres, one staff user per role, a few thousand students in
 * every account status. Each feature adds its own seeder to {@link #seeders}; a seeder writes each feature's
 * tables through that feature's DAOs.
 */
public final class DemoData {
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** The password of every demo login. For trying ExamDesk out only. */
    public static final String PASSWORD = "ExamDesk-demo-1";

    public record DemoLogin(String username, String description) {}

    public static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("officer@riverside.example", "exams officer, Riverside Academy"),
            new DemoLogin("assistant@riverside.example", "exams assistant, Riverside Academy"),
            new DemoLogin("teacher@riverside.example", "teacher, Riverside Academy"),
            new DemoLogin("officer@hillside.example", "exams officer, Hillside College"),
            new DemoLogin("agent@examdesk.example", "support agent"),
            new DemoLogin("admin@examdesk.example", "board administrator"));

    private final Jdbi jdbi;
    private final List<Seeder> seeders;

    /** One feature's part of the demo data; runs inside the demo transaction, in order. */
    public interface Seeder {
        void seed(Handle handle);
    }

    public DemoData(Jdbi jdbi, PasswordHasher hasher) {
        this.jdbi = jdbi;
        this.seeders = List.of(
                new StaffSeeder(hasher),
                new StudentSeeder(),
                new ExamEntrySeeder(),
                new ResultsSeeder(),
                new CasesSeeder(),
                new LearnerSeeder(),
                new LearnerGroupSeeder(),
                new BookingSeeder());
    }

    /**
     * The UCI of the demo student (or, past the students, the entered candidate without an account) with this
     * sequence number at a demo centre: the demo's UCIs follow this rule, so examples can be built from it.
     */
    public static String uci(String centreNumber, int sequence) {
        return StudentSeeder.uci(centreNumber, sequence);
    }

    /** The id of the demo centre with this number, read through the accounts feature. */
    static long centreId(Handle h, String number) {
        return h.attach(CentreDao.class).idOf(number).orElseThrow();
    }

    /** Seeds when the database has no centre yet; returns whether it did. */
    public boolean seedIfEmpty() {
        boolean empty = jdbi.withHandle(h -> h.attach(CentreDao.class).count() == 0);
        if (!empty) {
            return false;
        }
        long started = System.nanoTime();
        jdbi.useTransaction(h -> seeders.forEach(s -> s.seed(h)));
        log.info("Demo data created in {} ms", (System.nanoTime() - started) / 1_000_000);
        return true;
    }
}
