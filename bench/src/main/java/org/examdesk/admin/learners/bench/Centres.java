package org.examdesk.admin.learners.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.examdesk.admin.learners.bench.Catalogue.Audience;
import org.examdesk.admin.learners.bench.Catalogue.Product;

/**
 * Exam centres of very different sizes (log-normal: a handful of learners at the smallest, thousands at the
 * largest; colleges larger and training providers smaller on average), each a school, a college or a training
 * provider with its own date of joining the board and its own offer of products, weighted its own way. The student
 * search benchmark uses the same centres without products.
 */
public final class Centres {
    public enum Kind {
        SCHOOL,
        COLLEGE,
        PROVIDER
    }

    public record Centre(
            long id,
            String number,
            String name,
            Kind kind,
            int size,
            LocalDate joined,
            List<Product> offer,
            double[] weights) {

        Product pick(Random random) {
            return offer.get(Zipf.weighted(random, weights));
        }
    }

    private static final String[] TOWNS = {
        "Riverside",
        "Hillside",
        "Oakwood",
        "Kingsbridge",
        "Ashford",
        "Bramley",
        "Castleton",
        "Dunmore",
        "Eastfield",
        "Fairview",
        "Greenbank",
        "Harbour",
        "Ironbridge",
        "Larkhill",
        "Meadowbank",
        "Northgate",
        "Parkside",
        "Queensway",
        "Redcliffe",
        "St Mary's",
        "Thornbury",
        "Upton",
        "Valley",
        "Westbrook",
        "Yarrow",
        "Ælfric"
    };

    public final List<Centre> all = new ArrayList<>();

    /** {@code count} centres sharing {@code people} between them, offering no products. */
    public Centres(Random random, int count, int people) {
        this(random, count, people, null);
    }

    /** {@code count} centres sharing {@code learners}, each offering some of the catalogue's products. */
    Centres(Random random, int count, int learners, Catalogue catalogue) {
        Kind[] kinds = new Kind[count];
        double[] raw = new double[count];
        double total = 0;
        for (int i = 0; i < count; i++) {
            int roll = random.nextInt(100);
            kinds[i] = roll < 55 ? Kind.SCHOOL : roll < 80 ? Kind.COLLEGE : Kind.PROVIDER;
            double factor = kinds[i] == Kind.COLLEGE ? 2.0 : kinds[i] == Kind.PROVIDER ? 0.6 : 1.0;
            raw[i] = factor * Math.exp(random.nextGaussian() * 1.1);
            total += raw[i];
        }
        int[] sizes = apportion(raw, total, learners);
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String number;
            do {
                number = String.valueOf(10_000 + random.nextInt(90_000));
            } while (!numbers.add(number));
            List<Product> offer = catalogue == null ? List.of() : offer(random, kinds[i], sizes[i], catalogue);
            double[] weights = new double[offer.size()];
            for (int p = 0; p < weights.length; p++) {
                weights[p] = offer.get(p).popularity() * Math.exp(random.nextGaussian() * 0.6);
            }
            String name = TOWNS[random.nextInt(TOWNS.length)] + " "
                    + switch (kinds[i]) {
                        case SCHOOL -> random.nextBoolean() ? "Academy" : "High School";
                        case COLLEGE -> "College";
                        case PROVIDER -> "Training";
                    };
            LocalDate joined = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(11 * 365));
            all.add(new Centre(i + 1, number, name, kinds[i], sizes[i], joined, offer, weights));
        }
    }

    /** Whole numbers in proportion to {@code raw}, at least one each, summing to {@code learners}. */
    private static int[] apportion(double[] raw, double total, int learners) {
        int[] sizes = new int[raw.length];
        int given = 0;
        for (int i = 0; i < raw.length; i++) {
            sizes[i] = Math.max(1, (int) (raw[i] / total * learners));
            given += sizes[i];
        }
        for (int i = 0; given != learners; i = (i + 1) % raw.length) {
            int step = given < learners ? 1 : sizes[i] > 1 ? -1 : 0;
            sizes[i] += step;
            given += step;
        }
        return sizes;
    }

    /** Products the centre offers: those for its kind, more of them at larger centres, popular ones likelier. */
    private static List<Product> offer(Random random, Kind kind, int size, Catalogue catalogue) {
        List<Product> eligible = new ArrayList<>();
        for (Product p : catalogue.products) {
            boolean fits = p.audience() == Audience.ALL
                    || kind == Kind.COLLEGE
                    || (kind == Kind.SCHOOL) == (p.audience() == Audience.SCHOOL);
            if (fits) {
                eligible.add(p);
            }
        }
        int wanted = (int) Math.round(2 + 1.6 * Math.log(size + 1) / Math.log(2) + random.nextGaussian() * 2);
        wanted = Math.max(2, Math.min(eligible.size(), wanted));
        List<Product> offer = new ArrayList<>();
        while (offer.size() < wanted) {
            double[] weights = new double[eligible.size()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] =
                        offer.contains(eligible.get(i)) ? 0 : eligible.get(i).popularity();
            }
            offer.add(eligible.get(Zipf.weighted(random, weights)));
        }
        return offer;
    }
}
