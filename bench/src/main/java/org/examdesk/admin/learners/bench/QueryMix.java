package org.examdesk.admin.learners.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import org.examdesk.admin.learners.bench.LearnerWriter.Sampled;
import org.examdesk.admin.learners.bench.LearnerWriter.Taken;

/**
 * What centre staff and the support desk search for, built from a learner drawn at random (so centres come up in
 * proportion to their size, common names and popular products more often than rare ones): a learner by name
 * (in full, family name only, prefixes), learner id, ULN, creation dates, combined, and pages of the centre's
 * list; results by name and product, grade, product, both, learner id. "Centre" kinds run as a centre
 * administrator or assessor of the learner's centre; "all centres" kinds as a support agent or board admin.
 */
final class QueryMix {
    /** One kind of request: its name, whether it searches across centres, and how to build its path. */
    record Kind(String name, boolean across, BiFunction<Sampled, Random, String> path) {}

    static final String BASELINE = "baseline: GET /api/v1/me, centre staff";
    private static final int[] RANGE_DAYS = {7, 31, 92};

    static List<Kind> kinds() {
        Map<String, BiFunction<Sampled, Random, String>> centre = new LinkedHashMap<>();
        centre.put("learners: full name", (l, r) -> learners("q", typed(r, l.given() + " " + l.family())));
        centre.put("learners: family name", (l, r) -> learners("q", typed(r, l.family())));
        centre.put("learners: name prefixes", QueryMix::prefixes);
        centre.put(
                "learners: learner id",
                (l, r) -> learners("q", r.nextInt(10) < 3 ? l.ref().toLowerCase() : l.ref()));
        centre.put("learners: ULN", (l, r) -> learners("q", l.uln()));
        centre.put("learners: created between", (l, r) -> learners() + dates(l, r));
        centre.put(
                "learners: family name + year created",
                (l, r) -> learners("q", typed(r, l.family()))
                        + "&createdFrom=" + l.created().withDayOfYear(1) + "&createdTo="
                        + l.created().withDayOfYear(1).plusYears(1).minusDays(1));
        centre.put(
                "learners: list, pages 1-20",
                (l, r) -> learners() + "page="
                        + (1 + r.nextInt(Math.max(1, Math.min(20, (l.centre().size() + 49) / 50)))));
        centre.put("results: name + product", (l, r) -> results(r, l, true, true, false));
        centre.put("results: grade", (l, r) -> results(r, l, false, false, true));
        centre.put("results: product", (l, r) -> results(r, l, false, true, false));
        centre.put("results: product + grade", (l, r) -> results(r, l, false, true, true));
        centre.put("results: learner id", (l, r) -> "/api/v1/learner-results?learnerRef=" + l.ref());
        Map<String, BiFunction<Sampled, Random, String>> across = new LinkedHashMap<>();
        across.put("learners: full name", centre.get("learners: full name"));
        across.put("learners: family name", centre.get("learners: family name"));
        across.put("learners: learner id", centre.get("learners: learner id"));
        across.put("learners: ULN", centre.get("learners: ULN"));
        across.put(
                "learners: full name + year created",
                (l, r) -> learners("q", typed(r, l.given() + " " + l.family()))
                        + "&createdFrom=" + l.created().withDayOfYear(1) + "&createdTo="
                        + l.created().withDayOfYear(1).plusYears(1).minusDays(1));
        across.put("results: name + product", centre.get("results: name + product"));
        across.put("results: learner id", centre.get("results: learner id"));
        across.put("results: product", centre.get("results: product"));
        across.put("results: product + grade", centre.get("results: product + grade"));
        across.put("results: grade", centre.get("results: grade"));
        List<Kind> kinds = new ArrayList<>();
        centre.forEach((name, path) -> kinds.add(new Kind(name + ", centre", false, path)));
        across.forEach((name, path) -> kinds.add(new Kind(name + ", all centres", true, path)));
        kinds.add(new Kind(BASELINE, false, (l, r) -> "/api/v1/me"));
        return kinds;
    }

    /** Whether the kind needs a learner with a ULN, or with results. */
    static boolean fits(Kind kind, Sampled learner) {
        if (kind.name().contains("ULN")) {
            return learner.uln() != null;
        }
        return !kind.name().startsWith("results") || !learner.results().isEmpty();
    }

    private static String prefixes(Sampled l, Random r) {
        if (r.nextInt(10) < 6) {
            return learners("q", prefix(l.family(), 3));
        }
        return learners("q", prefix(l.given(), 2) + " " + prefix(l.family(), 3));
    }

    private static String results(Random r, Sampled l, boolean name, boolean product, boolean grade) {
        Taken taken = l.results().get(r.nextInt(l.results().size()));
        StringBuilder path = new StringBuilder("/api/v1/learner-results?size=50");
        if (name) {
            path.append("&givenName=")
                    .append(encode(typed(r, l.given())))
                    .append("&familyName=")
                    .append(encode(typed(r, l.family())));
        }
        if (product) {
            String text = r.nextInt(10) < 3
                    ? taken.product().reference()
                    : taken.product().keyword();
            path.append("&product=").append(encode(text));
        }
        if (grade) {
            path.append("&grade=").append(encode(taken.grade()));
        }
        return path.toString();
    }

    private static String dates(Sampled l, Random r) {
        java.time.LocalDate from = l.created().minusDays(r.nextInt(10));
        return "createdFrom=" + from + "&createdTo=" + from.plusDays(RANGE_DAYS[r.nextInt(RANGE_DAYS.length)]);
    }

    /** As a person types it: lower case more often than not. */
    private static String typed(Random r, String name) {
        return r.nextInt(10) < 6 ? name.toLowerCase(Locale.ROOT) : name;
    }

    private static String prefix(String name, int letters) {
        return name.toLowerCase(Locale.ROOT).substring(0, Math.min(letters, name.length()));
    }

    private static String learners() {
        return "/api/v1/learners?size=50&";
    }

    private static String learners(String name, String value) {
        return learners() + name + "=" + encode(value);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
