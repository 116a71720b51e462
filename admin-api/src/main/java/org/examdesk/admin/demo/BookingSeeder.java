package org.examdesk.admin.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.accounts.StaffDao;
import org.examdesk.admin.learners.bookings.BookingSeedDao;
import org.examdesk.admin.learners.groups.LearnerGroupSeedDao;
import org.jdbi.v3.core.Handle;

/**
 * Demo data of learner management part 2 (domain section 3), after {@link LearnerSeeder}: the products' rules of
 * combination (BTEC Sport with a Development and a Leadership pathway, BTEC Business with optional units and minimum
 * credits, every other product one pathway of mandatory units), and Riverside learners each showing one reason a
 * registration cannot be cancelled, two that can be, and a Year 13 BTEC Sport group for a bulk claim (a submitted
 * learner group, so the bot can find them by its name).
 * docs/learners.md names them.
 */
final class BookingSeeder implements DemoData.Seeder {
    static final String SPORT = "603/0456/1";
    static final String BUSINESS = "603/0457/3";
    static final String MATHS = "603/2960/8";
    static final String ENGLISH = "603/2956/6";
    static final String CARE = "610/0217/2";
    static final String TEACHING = "603/5836/0";
    /** The Year 13 BTEC Sport group; the second is on the Leadership pathway and misses its mandatory unit U4. */
    static final List<String> YEAR_13 =
            List.of("Ella Marsh", "Jacob Reid", "Sophie Turner", "Lewis Grant", "Maisie Holt");

    /** The learner group of the Year 13 BTEC Sport learners. */
    static final String YEAR_GROUP = "Year 13 BTEC Sport";

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Override
    public void seed(Handle h) {
        BookingSeedDao dao = h.attach(BookingSeedDao.class);
        long leadership = rules(dao);
        long riverside = DemoData.centreId(h, "40123");
        long paid = dao.insertOrder(riverside, "PO-20250", "PAID", at(2025, 8, 20, 9));
        long invoiced = dao.insertOrder(riverside, "PO-20261", "INVOICED", at(2026, 9, 10, 9));
        long notInvoiced = dao.insertOrder(riverside, null, "NOT_INVOICED", at(2026, 11, 30, 9));
        Cases c = new Cases(dao, riverside);

        long noah = c.register("Noah", "Fletcher", BUSINESS, paid);
        dao.insertBooking(
                noah, c.unit(BUSINESS, "U2"), "ONSCREEN", "CLASSROOM", at(2026, 11, 20, 9), at(2026, 11, 20, 9));
        long chloe = dao.registration(dao.named(riverside, "Chloe", "Evans"), dao.product(MATHS));
        dao.insertBooking(chloe, c.unit(MATHS, "U1"), "ONSCREEN", "ONLINE", at(2027, 3, 16, 10), null);
        long grace = c.register("Grace", "Whitfield", ENGLISH, paid);
        dao.insertResult(c.learner(grace), dao.product(ENGLISH), c.unit(ENGLISH, "U1"), "P", LocalDate.of(2026, 11, 2));
        long rhys = c.register("Rhys", "Parry", CARE, paid);
        dao.insertResult(c.learner(rhys), dao.product(CARE), c.unit(CARE, "U1"), "M", LocalDate.of(2026, 10, 15));
        long hannah = c.register("Hannah", "Doyle", TEACHING, paid);
        long claim = dao.insertClaim(hannah, "INTERIM", LocalDate.of(2026, 10, 30), at(2026, 11, 3, 14));
        dao.insertClaimUnit(claim, c.unit(TEACHING, "U1"), "P");

        c.register("Tom", "Ashworth", BUSINESS, notInvoiced);
        long amir = dao.named(riverside, "Amir", "Khan");
        dao.insertRegistration(amir, dao.product(SPORT), invoiced, LocalDate.of(2026, 9, 7), LocalDate.of(2028, 6, 30));
        List<Long> year13 = new ArrayList<>();
        for (String name : YEAR_13) {
            String[] parts = name.split(" ");
            long registration = c.register(parts[0], parts[1], SPORT, paid);
            if (name.equals(YEAR_13.get(1))) {
                dao.insertRegistrationPathway(registration, leadership);
            }
            year13.add(c.learner(registration));
        }
        yearGroup(h, riverside, year13);
        for (long order : List.of(paid, invoiced, notInvoiced)) {
            dao.linkOrder(order);
            dao.totalOrder(order);
        }
    }

    /**
     * The Year 13 BTEC Sport learners as the learner group they were uploaded in ({@link #YEAR_GROUP}, submitted), so
     * that "my Year 13 BTEC Sport learners" names them.
     */
    private static void yearGroup(Handle h, long centre, List<Long> learners) {
        LearnerGroupSeedDao groups = h.attach(LearnerGroupSeedDao.class);
        BookingSeedDao dao = h.attach(BookingSeedDao.class);
        long owner = h.attach(StaffDao.class)
                .firstWithRoleAt(centre, Role.CENTRE_ADMINISTRATOR)
                .orElseThrow();
        long group = groups.insertSubmittedGroup(
                centre, owner, YEAR_GROUP, "year-13-btec-sport.csv", learners.size(), at(2025, 6, 2, 10));
        List<LearnerGroupSeedDao.Row> rows = new ArrayList<>();
        for (int i = 0; i < learners.size(); i++) {
            String[] name = YEAR_13.get(i).split(" ");
            LocalDate born = groups.dateOfBirth(centre, name[0], name[1]);
            rows.add(new LearnerGroupSeedDao.Row(group, i + 2, name[0], name[1], born.toString(), "", ""));
            dao.joinGroup(learners.get(i), group, i + 2);
        }
        groups.insertRecords(rows);
        groups.markValid(group);
    }

    /** The rules of combination of every demo product; returns the BTEC Sport Leadership pathway's id. */
    private static long rules(BookingSeedDao dao) {
        long sport = dao.product(SPORT);
        long development = dao.insertPathway(sport, "DEV", "Sport Development", 270, true);
        unit(dao, development, sport, "U1", true, 90);
        unit(dao, development, sport, "U2", true, 120);
        unit(dao, development, sport, "U3", false, 60);
        unit(dao, development, sport, "U4", false, 60);
        long leadership = dao.insertPathway(sport, "LEAD", "Sports Leadership", 210, false);
        unit(dao, leadership, sport, "U1", true, 90);
        unit(dao, leadership, sport, "U2", false, 120);
        unit(dao, leadership, sport, "U3", false, 60);
        unit(dao, leadership, sport, "U4", true, 60);
        long business = dao.product(BUSINESS);
        long general = dao.insertPathway(business, "GEN", "Business", 360, true);
        unit(dao, general, business, "U1", true, 120);
        unit(dao, general, business, "U2", false, 60);
        unit(dao, general, business, "U3", true, 120);
        unit(dao, general, business, "U4", false, 60);
        unit(dao, general, business, "U5", false, 60);
        for (LearnerSeeder.Product p : LearnerSeeder.PRODUCTS) {
            if (p.reference().equals(SPORT) || p.reference().equals(BUSINESS)) {
                continue;
            }
            long product = dao.product(p.reference());
            List<String> codes = dao.unitCodes(product);
            long pathway = dao.insertPathway(product, "STD", "Standard", 60 * codes.size(), true);
            for (String code : codes) {
                unit(dao, pathway, product, code, true, 60);
            }
        }
        return leadership;
    }

    private static void unit(
            BookingSeedDao dao, long pathway, long product, String code, boolean mandatory, int credits) {
        dao.insertPathwayUnit(pathway, dao.unit(product, code), mandatory, credits);
    }

    private static Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(UK).toInstant();
    }

    /** The named learners, created at Riverside and registered. */
    private static final class Cases {
        private final BookingSeedDao dao;
        private final long centre;
        private final java.util.Map<Long, Long> learners = new java.util.HashMap<>();
        private int next = 101;

        Cases(BookingSeedDao dao, long centre) {
            this.dao = dao;
            this.centre = centre;
        }

        /** A new learner on the product from September 2025; returns the registration's id. */
        long register(String given, String family, String product, long order) {
            long learner = dao.insertLearner(
                    String.format("L%08d", next++),
                    centre,
                    given,
                    family,
                    LocalDate.of(2008, 1, 1).plusDays(next * 37L),
                    next % 2 == 0 ? "FEMALE" : "MALE",
                    LocalDate.of(2025, 6, 2).atStartOfDay(ZoneOffset.UTC).toInstant());
            long registration = dao.insertRegistration(
                    learner, dao.product(product), order, LocalDate.of(2025, 9, 1), LocalDate.of(2027, 6, 30));
            learners.put(registration, learner);
            return registration;
        }

        long learner(long registration) {
            return learners.get(registration);
        }

        long unit(String product, String code) {
            return dao.unit(dao.product(product), code);
        }
    }
}
