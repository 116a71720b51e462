package org.examdesk.admin.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.examdesk.admin.accounts.StaffDao;
import org.examdesk.admin.cases.CaseDeps;
import org.examdesk.admin.cases.CaseSettings;
import org.examdesk.admin.cases.Cases;
import org.examdesk.admin.students.StudentDao;
import org.examdesk.admin.web.Json;
import org.jdbi.v3.core.Handle;

/**
 * Demo cases: a few hundred over every queue and status in the last 60 days, from a fixed seed, with response
 * targets counted like real ones (some missed), plus chats the bot could not answer for the gaps report.
 */
public final class CasesSeeder implements DemoData.Seeder {
    static final int CASES = 320;
    private final Clock clock;

    public CasesSeeder(Clock clock) {
        this.clock = clock;
    }

    public CasesSeeder() {
        this(Clock.systemUTC());
    }

    @Override
    public void seed(Handle h) {
        CaseDeps deps = Cases.deps(null, clock, Json.mapper(), CaseSettings.defaults());
        Random random = new Random(20_260_601L);
        StaffDao users = h.attach(StaffDao.class);
        List<Long> staff = users.idsWithRoles(
                List.of("EXAMS_OFFICER", "EXAMS_MANAGER", "EXAMS_ASSISTANT", "CENTRE_ADMINISTRATOR"));
        Long agent = users.firstWithRole("SUPPORT_AGENT").orElse(null);
        if (staff.isEmpty() || agent == null) {
            return;
        }
        List<Long> students = h.attach(StudentDao.class).firstIds(50);
        DemoCase.Writer writer = new DemoCase.Writer(h, deps, agent);
        Set<String> numbers = new HashSet<>();
        Instant now = clock.instant();
        for (int i = 0; i < CASES; i++) {
            String number;
            do {
                number = Integer.toString(10_000_000 + random.nextInt(90_000_000));
            } while (!numbers.add(number));
            Instant created = now.minus(Duration.ofMinutes((long) (Math.pow(random.nextDouble(), 1.3) * 60 * 24 * 60)));
            writer.write(DemoCase.pick(random, deps.taxonomy(), number, created, staff, students), random, now);
        }
        new UnansweredChats(h).seed(random, now);
    }
}
