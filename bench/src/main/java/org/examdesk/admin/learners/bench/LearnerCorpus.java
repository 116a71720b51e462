package org.examdesk.admin.learners.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.examdesk.admin.learners.bench.Catalogue.Product;
import org.examdesk.admin.learners.bench.Centres.Centre;
import org.examdesk.admin.learners.bench.LearnerWriter.Order;
import org.examdesk.admin.learners.bench.LearnerWriter.Sampled;
import org.jdbi.v3.core.Jdbi;

/**
 * Generates the benchmark's learners into an empty, migrated database from a seed, with {@code COPY}: centres,
 * products and units, then learners in the order they were created (centres interleaved, as a live database
 * fills), their registrations, orders and results. The learner tables' secondary indexes (those of the migrations)
 * are dropped for the load and built again after it, then the tables are vacuumed and analysed.
 */
final class LearnerCorpus {
    private static final String[] LOADED = {"learners", "registrations", "learner_results", "registration_orders"};
    private static final double[] MONTHS = {9, 5, 4, 3, 3, 4, 3, 2, 30, 17, 12, 8};

    record Loaded(List<Centre> centres, Catalogue catalogue, List<Sampled> sample, String timings) {}

    private LearnerCorpus() {}

    static Loaded load(Jdbi jdbi, int learnerCount, int centreCount, long seed, int sampleSize) {
        long start = System.nanoTime();
        Random random = new Random(seed);
        Catalogue catalogue = new Catalogue(random);
        Centres centres = new Centres(random, centreCount, learnerCount, catalogue);
        writeReference(jdbi, catalogue, centres, new Random(seed + 2));
        List<String> indexes = jdbi.withHandle(h -> CopyStream.dropIndexes(h, LOADED));
        long[] keys = creationKeys(random, centres);
        Random sampling = new Random(seed + 1);
        List<Sampled> sample = new ArrayList<>();
        Map<Long, Order> orders;
        try (CopyStream learners = new CopyStream(
                        jdbi.open(),
                        "learners (id, learner_ref, centre_id, given_name, family_name, date_of_birth, gender, uln,"
                                + " created_at)");
                CopyStream registrations = new CopyStream(
                        jdbi.open(),
                        "registrations (id, learner_id, product_id, order_id, course_start, course_end, cost_pence,"
                                + " status, created_at)");
                CopyStream results = new CopyStream(
                        jdbi.open(),
                        "learner_results (id, learner_id, centre_id, product_id, unit_id, grade, awarded_at)")) {
            LearnerWriter writer = new LearnerWriter(random, learners, registrations, results);
            for (int i = 0; i < keys.length; i++) {
                Centre centre = centres.all.get((int) (keys[i] & 0xFFFFF));
                Sampled learner = writer.write(i + 1, centre, Instant.ofEpochSecond(keys[i] >>> 20));
                if (sampling.nextInt(keys.length) < sampleSize) {
                    sample.add(learner);
                }
            }
            orders = writer.orders;
        }
        writeOrders(jdbi, orders);
        long copied = System.nanoTime();
        jdbi.useHandle(h -> {
            h.execute("set maintenance_work_mem = '256MB'");
            indexes.forEach(h::execute);
        });
        long indexed = System.nanoTime();
        jdbi.useHandle(h -> {
            for (String table : new String[] {"learners", "registrations", "learner_results", "registration_orders"}) {
                h.execute("select setval(pg_get_serial_sequence(?, 'id'), (select max(id) from " + table + "))", table);
                h.execute("vacuum analyze " + table);
            }
            h.execute("analyze");
        });
        long done = System.nanoTime();
        String timings = String.format(
                "generated and copied in %.1f s, secondary indexes built in %.1f s, vacuum and analyse %.1f s:"
                        + " %.1f s in all",
                (copied - start) / 1e9, (indexed - copied) / 1e9, (done - indexed) / 1e9, (done - start) / 1e9);
        return new Loaded(centres.all, catalogue, sample, timings);
    }

    private static void writeReference(Jdbi jdbi, Catalogue catalogue, Centres centres, Random random) {
        try (CopyStream copy = new CopyStream(jdbi.open(), "centres (id, number, name)")) {
            centres.all.forEach(
                    c -> copy.add(c.id()).add(c.number()).add(c.name()).end());
        }
        try (CopyStream copy =
                new CopyStream(jdbi.open(), "products (id, reference, title, kind, price_pence, approved, in_date)")) {
            for (Product p : catalogue.products) {
                copy.add(p.id())
                        .add(p.reference())
                        .add(p.title())
                        .add(p.framework() ? "APPRENTICESHIP_FRAMEWORK" : "QUALIFICATION")
                        .add(p.pricePence())
                        .add(!p.keyword().equals("cyber"))
                        .add(!p.keyword().equals("entry level"))
                        .end();
            }
        }
        try (CopyStream copy =
                new CopyStream(jdbi.open(), "product_units (id, product_id, code, title, type, onscreen, paper)")) {
            for (Product p : catalogue.products) {
                for (int u = 1; u <= p.units(); u++) {
                    boolean testable = p.units() == 1 || random.nextInt(100) < 40;
                    copy.add(p.id() * 10 + u)
                            .add(p.id())
                            .add("U" + u)
                            .add("Unit " + u + ": " + p.keyword())
                            .add(testable ? "TESTABLE" : "INTERNALLY_ASSESSED")
                            .add(testable)
                            .add(false)
                            .end();
                }
            }
        }
        jdbi.useHandle(h -> {
            h.execute("select setval(pg_get_serial_sequence('centres', 'id'), (select max(id) from centres))");
            h.execute("select setval(pg_get_serial_sequence('products', 'id'), (select max(id) from products))");
            h.execute(
                    "select setval(pg_get_serial_sequence('product_units', 'id'), (select max(id) from product_units))");
        });
    }

    private static void writeOrders(Jdbi jdbi, Map<Long, Order> orders) {
        try (CopyStream copy = new CopyStream(
                jdbi.open(), "registration_orders (id, centre_id, total_pence, invoice_status, created_at)")) {
            orders.values().forEach(o -> copy.add(o.id)
                    .add(o.centreId)
                    .add(o.totalPence)
                    .add(o.invoiceStatus)
                    .add(o.created)
                    .end());
        }
        try (CopyStream copy = new CopyStream(jdbi.open(), "registration_order_products (order_id, product_id)")) {
            orders.values()
                    .forEach(o -> o.products.forEach(p -> copy.add(o.id).add(p).end()));
        }
    }

    /**
     * When each learner was created, with the index of their centre in the low 20 bits, sorted: centres' learners
     * arrive from the centre's joining date on, more in later years, most in September and October, and about
     * two thirds of them in uploads (one a month per centre, minutes apart).
     */
    private static long[] creationKeys(Random random, Centres centres) {
        long[] keys = new long[centres.all.stream().mapToInt(Centre::size).sum()];
        int k = 0;
        for (int c = 0; c < centres.all.size(); c++) {
            Centre centre = centres.all.get(c);
            Map<Integer, Long> uploads = new HashMap<>();
            for (int i = 0; i < centre.size(); i++) {
                keys[k++] = created(random, centre, uploads) << 20 | c;
            }
        }
        Arrays.sort(keys);
        return keys;
    }

    private static long created(Random random, Centre centre, Map<Integer, Long> uploads) {
        int first = centre.joined().getYear();
        double[] years = new double[2026 - first + 1];
        for (int y = 0; y < years.length; y++) {
            years[y] = Math.pow(1.12, first + y - 2014);
        }
        while (true) {
            LocalDate day = LocalDate.of(first + Zipf.weighted(random, years), 1 + Zipf.weighted(random, MONTHS), 1)
                    .plusDays(random.nextInt(28));
            if (day.isBefore(centre.joined()) || !day.isBefore(LearnerWriter.REFERENCE_DAY)) {
                continue;
            }
            if (random.nextInt(100) < 65) {
                int month = day.getYear() * 12 + day.getMonthValue();
                long upload = uploads.computeIfAbsent(
                        month,
                        m -> day.withDayOfMonth(1 + random.nextInt(28))
                                        .atStartOfDay(ZoneOffset.UTC)
                                        .toEpochSecond()
                                + 9 * 3600
                                + random.nextInt(8 * 3600));
                return upload + random.nextInt(900);
            }
            return day.atStartOfDay(ZoneOffset.UTC).toEpochSecond() + 8 * 3600 + random.nextInt(10 * 3600);
        }
    }
}
