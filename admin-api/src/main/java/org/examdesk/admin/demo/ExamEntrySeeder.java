package org.examdesk.admin.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.students.ExamEntryDao;
import org.jdbi.v3.core.Handle;

/**
 * Exam entries for the June 2026 series (series key {@code june-2026}): one for every demo student, with the
 * same name and date of birth, plus {@value #WITHOUT_ACCOUNT} entered candidates per centre who have no results
 * account yet, for trying the import and the verification-code export.
 */
final class ExamEntrySeeder implements DemoData.Seeder {
    static final String SERIES = "june-2026";
    static final int WITHOUT_ACCOUNT = 40;

    @Override
    public void seed(Handle h) {
        ExamEntryDao dao = h.attach(ExamEntryDao.class);
        dao.enterEveryStudent(SERIES);
        List<ExamEntryDao.Entrant> batch = new ArrayList<>();
        for (String centre : new String[] {"40123", "40456"}) {
            for (int i = 1; i <= WITHOUT_ACCOUNT; i++) {
                int sequence = StudentSeeder.PER_CENTRE + i;
                batch.add(new ExamEntryDao.Entrant(
                        DemoData.centreId(h, centre),
                        StudentSeeder.uci(centre, sequence),
                        i % 2 == 0 ? "Jordan" : "Alex",
                        "Entrant" + i,
                        LocalDate.of(2009, 1, 1).plusDays(i * 9L),
                        SERIES));
            }
        }
        dao.insertEntrants(batch);
    }
}
