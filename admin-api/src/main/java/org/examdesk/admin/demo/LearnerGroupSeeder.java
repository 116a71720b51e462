package org.examdesk.admin.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.accounts.StaffDao;
import org.examdesk.admin.learners.groups.LearnerGroupSeedDao;
import org.examdesk.admin.learners.groups.LearnerGroups;
import org.examdesk.admin.learners.intake.Intake;
import org.examdesk.admin.learners.intake.LearnerRecords;
import org.examdesk.admin.learners.intake.Uln;
import org.examdesk.admin.web.Json;
import org.jdbi.v3.core.Handle;

/**
 * The learner-group demo data (domain section 3): the Learner Records Service's reference rows (every demo learner
 * with a ULN, and the group's), and "Year 10 September" at Riverside Academy, uploaded by the centre administrator
 * and checked: four valid records and nine invalid ones, each for another reason (a date of birth and a given name
 * the Learner Records Service holds otherwise, a wrong check digit, a missing family name, 31 February, a learner
 * twice in the file, a learner the centre has already, a formula for a name, a gender it does not record).
 */
final class LearnerGroupSeeder implements DemoData.Seeder {
    static final String GROUP_NAME = "Year 10 September";

    private final Clock clock;

    LearnerGroupSeeder() {
        this(Clock.systemUTC());
    }

    LearnerGroupSeeder(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void seed(Handle h) {
        LearnerGroupSeedDao dao = h.attach(LearnerGroupSeedDao.class);
        dao.recordLearners();
        String sian = uln("410203040");
        String aoife = uln("520304050");
        String amira = uln("630405060");
        String oliver = uln("740506070");
        String jon = uln("850607080");
        dao.insertRecord(sian, "Siân", "Llewellyn", LocalDate.of(2010, 2, 14));
        dao.insertRecord(aoife, "Aoife", "O'Sullivan-Byrne", LocalDate.of(2010, 5, 3));
        dao.insertRecord(amira, "Amira", "Haddad", LocalDate.of(2010, 9, 1));
        dao.insertRecord(oliver, "Oliver", "Brennan", LocalDate.of(2009, 7, 12));
        dao.insertRecord(jon, "Jonathan", "Okafor", LocalDate.of(2009, 12, 2));
        long centre = DemoData.centreId(h, "40123");
        long owner = h.attach(StaffDao.class)
                .firstWithRoleAt(centre, Role.CENTRE_ADMINISTRATOR)
                .orElseThrow();
        long group = dao.insertGroup(
                centre,
                owner,
                GROUP_NAME,
                "year-10-september.csv",
                clock.instant().minus(Duration.ofDays(2)));
        LocalDate chloe = dao.dateOfBirth(centre, "Chloe", "Evans");
        List<LearnerGroupSeedDao.Row> rows = new ArrayList<>();
        rows.add(row(group, 2, "Siân", "Llewellyn", "14/02/2010", "Female", sian));
        rows.add(row(group, 3, "Mateusz", "Wójcik", "03/05/2009", "Male", ""));
        rows.add(row(group, 4, "Aoife", "O'Sullivan-Byrne", "3 May 2010", "Female", aoife));
        rows.add(row(group, 5, "Kwame", "Mensah", "2009-11-21", "M", ""));
        rows.add(row(group, 6, "Amira", "Haddad", "09/01/2010", "Female", amira));
        rows.add(row(group, 7, "Oliver", "Brennan", "12-07-2009", "Male", wrongCheckDigit(oliver)));
        rows.add(row(group, 8, "Ella", "", "2010-03-30", "Female", ""));
        rows.add(row(group, 9, "Noah", "Fischer", "31/02/2010", "Male", ""));
        rows.add(row(group, 10, "Mateusz", "Wójcik", "3/5/2009", "Male", ""));
        rows.add(row(group, 11, "Chloe", "Evans", chloe.toString(), "Female", ""));
        rows.add(row(group, 12, "=HYPERLINK(\"http://example.com/x\",\"Click me\")", "Patel", "2009-08-15", "", ""));
        rows.add(row(group, 13, "Jon", "Okafor", "02/12/2009", "Male", jon));
        rows.add(row(group, 14, "Ruby", "Thompson", "7 June 2010", "Girl", ""));
        dao.insertRecords(rows);
        LearnerRecords records = ulns -> dao.records(ulns.toArray(String[]::new)).stream()
                .collect(Collectors.toMap(LearnerRecords.Held::uln, r -> r));
        LearnerGroups.validateNow(h, group, centre, new Intake(records, clock), Json.mapper(), clock);
    }

    private static LearnerGroupSeedDao.Row row(
            long group, int n, String given, String family, String dob, String gender, String uln) {
        return new LearnerGroupSeedDao.Row(group, n, given, family, dob, gender, uln);
    }

    /** The first valid ULN from these nine digits up. */
    static String uln(String nine) {
        for (long start = Long.parseLong(nine); ; start++) {
            String digits = String.valueOf(start);
            int check = Uln.checkDigit(digits);
            if (check >= 0) {
                return digits + check;
            }
        }
    }

    /** The ULN with its last digit changed, so the check digit no longer fits. */
    static String wrongCheckDigit(String uln) {
        return uln.substring(0, 9) + (char) ('0' + (uln.charAt(9) - '0' + 1) % 10);
    }
}
