package org.examdesk.admin.demo;

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
        h.execute("""
                insert into exam_entries (centre_id, uci, forename, surname, date_of_birth, series)
                select centre_id, uci, forename, surname, date_of_birth, ? from students""", SERIES);
        var batch = h.prepareBatch("""
                insert into exam_entries (centre_id, uci, forename, surname, date_of_birth, series)
                values ((select id from centres where number = :centre), :uci, :forename, :surname, :dob, :series)""");
        for (String centre : new String[] {"40123", "40456"}) {
            for (int i = 1; i <= WITHOUT_ACCOUNT; i++) {
                int sequence = StudentSeeder.PER_CENTRE + i;
                batch.bind("centre", centre).bind("uci", StudentSeeder.uci(centre, sequence))
                        .bind("forename", i % 2 == 0 ? "Jordan" : "Alex").bind("surname", "Entrant" + i)
                        .bind("dob", java.time.LocalDate.of(2009, 1, 1).plusDays(i * 9L)).bind("series", SERIES).add();
            }
        }
        batch.execute();
    }
}
