package org.examdesk.admin.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.accounts.StaffDao;
import org.examdesk.admin.learners.LearnerSeedDao;
import org.examdesk.admin.learners.intake.Uln;
import org.jdbi.v3.core.Handle;

/**
 * Learner management demo data (domain section 3), from a fixed seed: a dozen orderable products with their units
 * (and two that may not be ordered: one out of date, one not approved), a few hundred learners at Riverside and
 * Hillside with registrations in every state on orders in every invoice state, unit outcomes and results. Chloe
 * Evans at Riverside has finished the BTEC Sport; Amir Khan at Riverside has used his one amendment.
 */
final class LearnerSeeder implements DemoData.Seeder {
    /** The day the demo's course dates are measured against: courses that ended before it are over. */
    static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 9, 1);

    private static final String BTEC = "BTEC";
    private static final String PASS_FAIL = "PASS_FAIL";
    private static final String GCE = "GCE";

    /** A demo product; each unit is written "type:title", type IA (internally assessed), OS, PA or OP (both). */
    record Product(
            String reference,
            String title,
            String kind,
            int pricePence,
            boolean approved,
            boolean inDate,
            String scale,
            int popularity,
            List<String> units) {}

    static final List<Product> PRODUCTS = List.of(
            qualification(
                    "603/0456/1",
                    "BTEC Level 3 National Extended Certificate in Sport",
                    11_800,
                    BTEC,
                    9,
                    "OP:Anatomy and Physiology",
                    "OS:Fitness Training and Programming",
                    "IA:Professional Development in the Sports Industry",
                    "IA:Sports Leadership"),
            qualification(
                    "603/0457/3",
                    "BTEC Level 3 National Diploma in Business",
                    14_500,
                    BTEC,
                    7,
                    "PA:Exploring Business",
                    "OS:Developing a Marketing Campaign",
                    "PA:Personal and Business Finance",
                    "IA:Managing an Event",
                    "IA:International Business"),
            qualification(
                    "603/7103/4",
                    "BTEC Level 3 National Extended Diploma in Applied Science",
                    21_000,
                    BTEC,
                    4,
                    "PA:Principles and Applications of Science I",
                    "IA:Practical Scientific Procedures and Techniques",
                    "IA:Science Investigation Skills",
                    "OS:Laboratory Techniques and their Application"),
            qualification(
                    "601/7587/8",
                    "BTEC Level 2 Technical Certificate in Digital Technology",
                    8_900,
                    BTEC,
                    5,
                    "OS:Digital Systems",
                    "IA:Website Development",
                    "IA:Data Handling"),
            qualification(
                    "610/0217/2",
                    "Level 2 Certificate in Health and Social Care",
                    7_800,
                    BTEC,
                    6,
                    "IA:Human Lifespan Development",
                    "IA:Health and Social Care Values",
                    "PA:Effective Communication in Health and Social Care"),
            qualification(
                    "601/4839/5",
                    "Level 2 Diploma in Hairdressing",
                    9_500,
                    PASS_FAIL,
                    3,
                    "IA:Cut Hair Using Basic Techniques",
                    "IA:Colour and Lighten Hair",
                    "OS:Health and Safety in the Salon"),
            qualification(
                    "603/2960/8",
                    "Level 2 Functional Skills Qualification in Mathematics",
                    2_900,
                    PASS_FAIL,
                    10,
                    "OP:Mathematics"),
            qualification(
                    "603/2956/6",
                    "Level 1 Functional Skills Qualification in English",
                    2_700,
                    PASS_FAIL,
                    8,
                    "OP:Reading",
                    "PA:Writing",
                    "IA:Speaking, Listening and Communicating"),
            qualification(
                    "603/5836/0",
                    "Level 3 Award in Education and Training",
                    6_500,
                    PASS_FAIL,
                    2,
                    "IA:Understanding Roles and Responsibilities in Education and Training",
                    "IA:Understanding and Using Inclusive Teaching and Learning Approaches"),
            qualification(
                    "603/1124/4",
                    "International Advanced Level in Psychology",
                    9_800,
                    GCE,
                    3,
                    "PA:Social and Cognitive Psychology",
                    "PA:Biological Psychology, Learning Theories and Development"),
            framework(
                    "FR04521",
                    "Level 3 Advanced Apprenticeship in Business Administration",
                    16_000,
                    2,
                    "IA:Business Administration Competence",
                    "OS:Principles of Business Administration",
                    "IA:Employee Rights and Responsibilities"),
            framework(
                    "FR03987",
                    "Level 2 Intermediate Apprenticeship in Customer Service",
                    12_000,
                    3,
                    "IA:Customer Service Competence",
                    "OS:Principles of Customer Service"),
            new Product(
                    "500/4419/9",
                    "BTEC First Award in Travel and Tourism",
                    "QUALIFICATION",
                    5_600,
                    true,
                    false,
                    BTEC,
                    0,
                    List.of("OS:The UK Travel and Tourism Sector", "IA:Customer Service in Travel and Tourism")),
            new Product(
                    "610/1400/9",
                    "Level 4 Diploma in Cyber Security",
                    "QUALIFICATION",
                    24_000,
                    false,
                    true,
                    PASS_FAIL,
                    0,
                    List.of("IA:Threats and Vulnerabilities", "OS:Network Security")));

    private static final List<String> GIVEN_NAMES = List.of(
            "Amelia",
            "Oliver",
            "Isla",
            "Muhammad",
            "Ava",
            "Noah",
            "Mia",
            "Arthur",
            "Ivy",
            "Leo",
            "Freya",
            "Oscar",
            "Zara",
            "Harry",
            "Aisha",
            "Jack",
            "Maya",
            "Ethan",
            "Chloe",
            "Yusuf",
            "Ruby",
            "Kai",
            "Elsie",
            "Finley",
            "Hana",
            "Theo",
            "Lily",
            "Adam",
            "Sienna",
            "Rory",
            "Fatima",
            "Kacper",
            "Amara",
            "Daniel",
            "Grace",
            "Tomasz",
            "Priya",
            "Callum",
            "Niamh",
            "Ibrahim",
            "Olivia",
            "Reuben",
            "Sofia",
            "Jayden",
            "Eleanor");
    private static final List<String> FAMILY_NAMES = List.of(
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
            "Lewis",
            "Kowalski",
            "Okafor",
            "Begum",
            "Hughes",
            "O'Neill",
            "Roberts",
            "Edwards",
            "Mensah",
            "Singh",
            "Campbell",
            "Morgan",
            "Price",
            "Nowak");
    private static final List<String> GENDERS = List.of("FEMALE", "MALE", "FEMALE", "MALE", "OTHER", "NOT_GIVEN");

    @Override
    public void seed(Handle h) {
        LearnerSeedDao dao = h.attach(LearnerSeedDao.class);
        Random random = new Random(20261204L);
        List<Seeded> products = products(dao);
        Set<String> refs = new HashSet<>();
        for (String centre : List.of("40123", "40456")) {
            long centreId = DemoData.centreId(h, centre);
            Long admin = h.attach(StaffDao.class)
                    .firstWithRoleAt(centreId, Role.CENTRE_ADMINISTRATOR)
                    .orElse(null);
            int count = 170 + random.nextInt(90);
            List<Long> learners = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                learners.add(
                        learner(dao, random, refs, centreId, pick(random, GIVEN_NAMES), pick(random, FAMILY_NAMES)));
            }
            new Registrar(dao, random, products, centreId, admin).registerAll(learners);
            if (centre.equals("40123")) {
                named(dao, random, refs, centreId, admin, products);
            }
        }
        dao.linkOrderProducts();
        dao.totalOrders();
    }

    /** Chloe Evans, who finished the BTEC Sport, and Amir Khan, who has used his one amendment. */
    private static void named(
            LearnerSeedDao dao, Random random, Set<String> refs, long centreId, Long admin, List<Seeded> products) {
        Registrar registrar = new Registrar(dao, random, products, centreId, admin);
        long chloe = learner(dao, random, refs, centreId, "Chloe", "Evans");
        registrar.register(chloe, products.get(0), LocalDate.of(2024, 9, 2), LocalDate.of(2026, 6, 30), "COMPLETED");
        registrar.register(chloe, products.get(6), LocalDate.of(2025, 9, 1), LocalDate.of(2027, 6, 30), "ACTIVE");
        long amir = learner(dao, random, refs, centreId, "Amir", "Khan");
        registrar.register(amir, products.get(3), LocalDate.of(2025, 9, 1), LocalDate.of(2027, 6, 30), "ACTIVE");
        dao.insertAmendment(
                amir,
                "FAMILY_NAME",
                "Kahn",
                "Khan",
                "Paul Lane",
                LocalDate.of(2025, 10, 14).atStartOfDay(ZoneOffset.UTC).toInstant());
        registrar.flush();
    }

    /** A product as stored, with its unit ids and whether each is internally assessed. */
    record Seeded(Product product, long id, List<Long> units, List<Boolean> internal) {}

    private static List<Seeded> products(LearnerSeedDao dao) {
        List<Seeded> seeded = new ArrayList<>();
        for (Product p : PRODUCTS) {
            long id = dao.insertProduct(p.reference(), p.title(), p.kind(), p.pricePence(), p.approved(), p.inDate());
            List<Long> units = new ArrayList<>();
            List<Boolean> internal = new ArrayList<>();
            for (int i = 0; i < p.units().size(); i++) {
                String[] unit = p.units().get(i).split(":", 2);
                String code = "U" + (i + 1);
                boolean ia = unit[0].equals("IA");
                units.add(dao.insertUnit(
                        id,
                        code,
                        unit[1],
                        ia ? "INTERNALLY_ASSESSED" : "TESTABLE",
                        unit[0].equals("OS") || unit[0].equals("OP"),
                        unit[0].equals("PA") || unit[0].equals("OP")));
                internal.add(ia);
            }
            seeded.add(new Seeded(p, id, units, internal));
        }
        return seeded;
    }

    private static long learner(
            LearnerSeedDao dao, Random random, Set<String> refs, long centreId, String given, String family) {
        String ref;
        do {
            ref = "L" + (10_000_000 + random.nextInt(90_000_000));
        } while (!refs.add(ref));
        LocalDate dob = LocalDate.of(2003, 9, 1).plusDays(random.nextInt(7 * 365));
        Instant created = LocalDate.of(2023, 6, 1)
                .plusDays(random.nextInt(3 * 365))
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant()
                .plusSeconds(random.nextInt(86_400));
        String uln = random.nextInt(10) < 8 ? uln(random) : null;
        return dao.insertLearner(ref, centreId, given, family, dob, pick(random, GENDERS), uln, created);
    }

    /** A ULN with a valid check digit ({@link Uln#checkDigit}). */
    static String uln(Random random) {
        while (true) {
            StringBuilder digits = new StringBuilder().append(1 + random.nextInt(9));
            for (int i = 0; i < 8; i++) {
                digits.append(random.nextInt(10));
            }
            int check = Uln.checkDigit(digits);
            if (check >= 0) {
                return digits.append(check).toString();
            }
        }
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Places the demo registrations of one centre on orders, one or two per course start, with their results. */
    private static final class Registrar {
        private final LearnerSeedDao dao;
        private final Random random;
        private final List<Seeded> products;
        private final long centreId;
        private final Long admin;
        private final Map<String, Long> orders = new HashMap<>();
        private final List<LearnerSeedDao.Registration> registrations = new ArrayList<>();
        private final List<LearnerSeedDao.Result> results = new ArrayList<>();

        Registrar(LearnerSeedDao dao, Random random, List<Seeded> products, long centreId, Long admin) {
            this.dao = dao;
            this.random = random;
            this.products = products;
            this.centreId = centreId;
            this.admin = admin;
        }

        void registerAll(List<Long> learners) {
            for (long learner : learners) {
                int roll = random.nextInt(100);
                int count = roll < 15 ? 0 : roll < 60 ? 1 : roll < 90 ? 2 : 3;
                Set<Seeded> chosen = new HashSet<>();
                while (chosen.size() < count) {
                    chosen.add(popular());
                }
                for (Seeded product : chosen) {
                    LocalDate start = LocalDate.of(2023 + random.nextInt(3), random.nextInt(4) == 0 ? 1 : 9, 1)
                            .plusDays(random.nextInt(14));
                    LocalDate end = start.plusYears(1 + random.nextInt(2)).minusDays(60 + random.nextInt(30));
                    boolean over = end.isBefore(REFERENCE_DAY);
                    int status = random.nextInt(100);
                    String state =
                            over ? (status < 82 ? "COMPLETED" : "CANCELLED") : (status < 88 ? "ACTIVE" : "CANCELLED");
                    register(learner, product, start, end, state);
                }
            }
            flush();
        }

        /** A product drawn by popularity; those that may not be ordered have none. */
        private Seeded popular() {
            int total =
                    products.stream().mapToInt(s -> s.product().popularity()).sum();
            int roll = random.nextInt(total);
            for (Seeded s : products) {
                roll -= s.product().popularity();
                if (roll < 0) {
                    return s;
                }
            }
            throw new IllegalStateException("no product");
        }

        void register(long learner, Seeded product, LocalDate start, LocalDate end, String status) {
            long order =
                    orders.computeIfAbsent(start.withDayOfMonth(1) + "/" + random.nextInt(2), k -> newOrder(start));
            registrations.add(new LearnerSeedDao.Registration(
                    learner, product.id(), order, start, end, product.product().pricePence(), status));
            LocalDate awarded = end.minusDays(random.nextInt(40));
            for (int i = 0; i < product.units().size(); i++) {
                boolean outcome = status.equals("COMPLETED")
                        || (status.equals("ACTIVE") && product.internal().get(i) && random.nextInt(10) < 4);
                if (outcome) {
                    results.add(new LearnerSeedDao.Result(
                            learner,
                            product.id(),
                            product.units().get(i),
                            grade(product.product().scale()),
                            awarded));
                }
            }
            if (status.equals("COMPLETED")) {
                results.add(new LearnerSeedDao.Result(
                        learner, product.id(), null, grade(product.product().scale()), awarded));
            }
        }

        private long newOrder(LocalDate start) {
            boolean old = start.isBefore(REFERENCE_DAY.minusYears(1));
            int roll = random.nextInt(100);
            String invoice = old
                    ? (roll < 85 ? "PAID" : "INVOICED")
                    : (roll < 40 ? "NOT_INVOICED" : roll < 75 ? "INVOICED" : "PAID");
            String po = random.nextInt(10) < 6 ? "PO-" + (10_000 + random.nextInt(90_000)) : null;
            Instant created = start.minusDays(3 + random.nextInt(25))
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
            return dao.insertOrder(centreId, po, invoice, admin, created);
        }

        /** A grade as the scale spreads them: most pass, fewer with merit or distinction, a few fail. */
        private String grade(String scale) {
            int roll = random.nextInt(100);
            return switch (scale) {
                case BTEC -> roll < 6 ? "F" : roll < 50 ? "P" : roll < 80 ? "M" : roll < 96 ? "D" : "D*";
                case GCE -> roll < 7
                        ? "A*"
                        : roll < 25 ? "A" : roll < 50 ? "B" : roll < 74 ? "C" : roll < 88 ? "D" : roll < 96 ? "E" : "U";
                default -> roll < 82 ? "P" : "F";
            };
        }

        void flush() {
            dao.insertRegistrations(registrations);
            dao.insertResults(results);
            registrations.clear();
            results.clear();
        }
    }

    private static Product qualification(
            String reference, String title, int price, String scale, int popularity, String... units) {
        return new Product(reference, title, "QUALIFICATION", price, true, true, scale, popularity, List.of(units));
    }

    private static Product framework(String reference, String title, int price, int popularity, String... units) {
        return new Product(
                reference, title, "APPRENTICESHIP_FRAMEWORK", price, true, true, PASS_FAIL, popularity, List.of(units));
    }
}
