package org.examdesk.admin.learners.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.examdesk.admin.learners.bench.Catalogue.Product;
import org.examdesk.admin.learners.bench.Centres.Centre;

/**
 * Writes one learner at a time to the learners, registrations and results streams: name, date of birth for the
 * centre's kind, learner id, ULN (most have one, each with a valid check digit), 0 to 4 registrations on the
 * centre's products on orders per centre and month, and the unit outcomes and overall grades the registration has
 * reached by the reference day. A learner's grades follow one ability, so they are related but not equal.
 */
final class LearnerWriter {
    static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 12, 1);
    private static final String[] GENDERS = {"FEMALE", "MALE", "OTHER", "NOT_GIVEN"};
    private static final double[] GENDER_WEIGHTS = {48, 48, 1, 3};
    private static final double[] REGISTRATIONS = {14, 38, 28, 13, 7};

    /** A registration order: one per centre and month of course start. */
    static final class Order {
        final long id;
        final long centreId;
        final Instant created;
        final String invoiceStatus;
        final Set<Long> products = new LinkedHashSet<>();
        long totalPence;

        Order(long id, long centreId, Instant created, String invoiceStatus) {
            this.id = id;
            this.centreId = centreId;
            this.created = created;
            this.invoiceStatus = invoiceStatus;
        }
    }

    /** A learner kept for building queries: who, where, and the grades they have. */
    record Sampled(
            long id,
            Centre centre,
            String given,
            String family,
            String ref,
            String uln,
            LocalDate created,
            List<Taken> results) {}

    record Taken(Product product, String grade) {}

    private final Random random;
    private final Names names;
    private final CopyStream learners;
    private final CopyStream registrations;
    private final CopyStream results;
    private final BitSet refs = new BitSet(90_000_000);
    private final Set<Long> ulns = new HashSet<>();
    final Map<Long, Order> orders = new HashMap<>();
    private long registrationId;
    private long resultId;

    LearnerWriter(Random random, CopyStream learners, CopyStream registrations, CopyStream results) {
        this.random = random;
        this.names = new Names(random);
        this.learners = learners;
        this.registrations = registrations;
        this.results = results;
    }

    Sampled write(long id, Centre centre, Instant created) {
        String given = names.forename(random);
        String family = names.surname(random);
        LocalDate day = created.atOffset(ZoneOffset.UTC).toLocalDate();
        String ref = ref();
        String uln = random.nextInt(100) < 85 ? uln() : null;
        learners.add(id)
                .add(ref)
                .add(centre.id())
                .add(given)
                .add(family)
                .add(day.minusDays(ageInDays(centre)))
                .add(GENDERS[Zipf.weighted(random, GENDER_WEIGHTS)])
                .add(uln)
                .add(created)
                .end();
        List<Taken> taken = new ArrayList<>();
        double ability = random.nextGaussian();
        int count =
                Math.min(Zipf.weighted(random, REGISTRATIONS), centre.offer().size());
        Set<Product> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(centre.pick(random));
        }
        LocalDate start = day.plusDays(random.nextInt(40));
        for (Product product : chosen) {
            register(id, centre, created, product, start, ability, taken);
            start = random.nextBoolean() ? start : start.plusDays(340 + random.nextInt(50));
        }
        return new Sampled(id, centre, given, family, ref, uln, day, taken);
    }

    private void register(
            long learner,
            Centre centre,
            Instant created,
            Product p,
            LocalDate start,
            double ability,
            List<Taken> taken) {
        LocalDate end = start.plusMonths(months(p)).minusDays(random.nextInt(20));
        String status = end.isBefore(REFERENCE_DAY)
                ? (random.nextInt(100) < 88 ? "COMPLETED" : "CANCELLED")
                : (start.isBefore(REFERENCE_DAY) && random.nextInt(100) < 7 ? "CANCELLED" : "ACTIVE");
        Order order = order(centre, start);
        order.products.add(p.id());
        order.totalPence += p.pricePence();
        Instant registered = order.created.isAfter(created) ? order.created : created;
        registrations
                .add(++registrationId)
                .add(learner)
                .add(p.id())
                .add(order.id)
                .add(start)
                .add(end)
                .add(p.pricePence())
                .add(status)
                .add(registered)
                .end();
        long days = end.toEpochDay() - start.toEpochDay();
        for (int u = 1; u <= p.units(); u++) {
            LocalDate awarded = start.plusDays(days * u / (p.units() + 1));
            boolean reached =
                    switch (status) {
                        case "COMPLETED" -> true;
                        case "ACTIVE" -> random.nextInt(100) < 85;
                        default -> u <= p.units() / 2 && random.nextInt(100) < 30;
                    };
            if (reached && awarded.isBefore(REFERENCE_DAY)) {
                result(learner, centre, p, p.id() * 10 + u, p.grade(grade(ability), true), awarded, taken);
            }
        }
        LocalDate overall = end.plusDays(40 + random.nextInt(40));
        if (status.equals("COMPLETED") && overall.isBefore(REFERENCE_DAY)) {
            result(learner, centre, p, null, p.grade(grade(ability), false), overall, taken);
        }
    }

    private void result(
            long learner, Centre centre, Product p, Long unit, String grade, LocalDate awarded, List<Taken> taken) {
        results.add(++resultId)
                .add(learner)
                .add(centre.id())
                .add(p.id())
                .add(unit)
                .add(grade)
                .add(awarded)
                .end();
        taken.add(new Taken(p, grade));
    }

    private Order order(Centre centre, LocalDate start) {
        long key = centre.id() * 100_000 + start.getYear() * 12L + start.getMonthValue();
        return orders.computeIfAbsent(key, k -> {
            LocalDate placed = start.minusDays(5 + random.nextInt(20));
            int roll = random.nextInt(100);
            String invoice = start.isBefore(REFERENCE_DAY.minusYears(1))
                    ? (roll < 92 ? "PAID" : "INVOICED")
                    : start.isBefore(REFERENCE_DAY.minusMonths(3))
                            ? (roll < 30 ? "PAID" : roll < 90 ? "INVOICED" : "NOT_INVOICED")
                            : (roll < 70 ? "NOT_INVOICED" : "INVOICED");
            return new Order(
                    orders.size() + 1L,
                    centre.id(),
                    placed.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(8 * 3600 + random.nextInt(36_000)),
                    invoice);
        });
    }

    /** A uniform 0 to 1 drawn for one grade: the learner's ability plus noise, through the normal distribution. */
    private double grade(double ability) {
        return phi(0.75 * ability + 0.66 * random.nextGaussian());
    }

    private int months(Product p) {
        if (p.title().contains("Level 3 National") || p.title().startsWith("International Advanced")) {
            return 21;
        }
        if (p.framework()) {
            return 12 + random.nextInt(7);
        }
        return p.title().contains("Functional Skills") ? 3 + random.nextInt(7) : 10;
    }

    private long ageInDays(Centre centre) {
        double years =
                switch (centre.kind()) {
                    case SCHOOL -> 14 + 4.5 * random.nextDouble();
                    case COLLEGE -> random.nextInt(100) < 70
                            ? 16 + 3 * random.nextDouble()
                            : 19 + 30 * random.nextDouble();
                    case PROVIDER -> random.nextInt(100) < 60
                            ? 16 + 8 * random.nextDouble()
                            : 24 + 36 * random.nextDouble();
                };
        return (long) (years * 365.25);
    }

    private String ref() {
        int n;
        do {
            n = random.nextInt(90_000_000);
        } while (refs.get(n));
        refs.set(n);
        return "L" + (10_000_000 + n);
    }

    /** A unique ULN with a valid check digit: 10 minus the sum of the first nine digits weighted 10 to 2, mod 11. */
    private String uln() {
        while (true) {
            long digits = 100_000_000L + (long) (random.nextDouble() * 900_000_000L);
            String nine = Long.toString(digits);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (10 - i) * (nine.charAt(i) - '0');
            }
            int check = 10 - sum % 11;
            if (check < 10 && ulns.add(digits)) {
                return nine + check;
            }
        }
    }

    /** The standard normal distribution function (Abramowitz and Stegun 7.1.26, error under 1.5e-7). */
    static double phi(double x) {
        double z = Math.abs(x) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * z);
        double erf = 1
                - t
                        * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
                        * Math.exp(-z * z);
        return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
    }
}
