package org.examdesk.bot.flows.learners;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.LearnerModels.Amended;
import org.examdesk.admin.client.LearnerModels.Amendment;
import org.examdesk.admin.client.LearnerModels.History;
import org.examdesk.admin.client.LearnerModels.Learner;
import org.examdesk.admin.client.LearnerModels.LearnerDetail;
import org.examdesk.admin.client.LearnerModels.LearnerLine;
import org.examdesk.admin.client.LearnerModels.LearnerMatch;
import org.examdesk.admin.client.LearnerModels.LearnerMatches;
import org.examdesk.admin.client.LearnerModels.LearnerPage;
import org.examdesk.admin.client.LearnerModels.Order;
import org.examdesk.admin.client.LearnerModels.OrderLearner;
import org.examdesk.admin.client.LearnerModels.OrderRequest;
import org.examdesk.admin.client.LearnerModels.Product;
import org.examdesk.admin.client.LearnerModels.ProductLine;
import org.examdesk.admin.client.LearnerModels.Registration;
import org.examdesk.admin.client.LearnerModels.Result;
import org.examdesk.admin.client.LearnerModels.ResultPage;
import org.examdesk.admin.client.LearnerModels.ResultRow;
import org.examdesk.bot.flows.FlowRig;
import org.examdesk.bot.understanding.Words;

/**
 * Learner management in memory for the learner flows' unit tests, answering as the admin API would: four learners
 * at Riverside Academy (two Chloes; Chloe Evans finished the BTEC Sport; Amir Khan has used his one amendment),
 * three products, a submitted learner group and one waiting, name matching by given or family name (accents folded), the registration and
 * amendment rules, and every change recorded. With {@link #forbidden} it answers 403 to everything, as to an exams
 * officer.
 */
final class FakeCentreLearners implements CentreLearners {
    static final Product SPORT = new Product(
            1,
            "603/0456/1",
            "BTEC Level 3 National Extended Certificate in Sport",
            "QUALIFICATION",
            11_800,
            true,
            true);
    static final Product BUSINESS = new Product(
            2, "603/0457/3", "BTEC Level 3 National Diploma in Business", "QUALIFICATION", 14_500, true, true);
    static final Product MATHS = new Product(
            3,
            "603/2960/8",
            "Level 2 Functional Skills Qualification in Mathematics",
            "QUALIFICATION",
            2_900,
            true,
            true);

    static final Learner CHLOE = learner(1, "Chloe", "Evans", LocalDate.of(2008, 3, 12), "1234567890");
    static final Learner AMIR = learner(2, "Amir", "Khan", LocalDate.of(2009, 4, 3), null);
    static final Learner RUBY = learner(3, "Ruby", "Taylor", LocalDate.of(2009, 1, 20), "2234567890");
    static final Learner CHLOE_SMITH = learner(4, "Chloe", "Smith", LocalDate.of(2009, 6, 1), null);

    final Map<Long, Learner> learners = new LinkedHashMap<>();

    {
        List.of(CHLOE, AMIR, RUBY, CHLOE_SMITH).forEach(l -> learners.put(l.id(), l));
    }

    final Map<Long, Amendment> amendments = new HashMap<>(Map.of(
            2L, new Amendment("FAMILY_NAME", "Kahn", "Khan", "Paul Lane", Instant.parse("2025-10-14T00:00:00Z"))));
    final List<String> changes = new ArrayList<>();
    boolean forbidden;
    /** The admin API refuses every amendment as a second one, whatever the learner's details said before. */
    boolean amendmentsUsedMeanwhile;

    static Learner learner(long id, String given, String family, LocalDate born, String uln) {
        return new Learner(
                id, "L1000000" + id, FlowRig.RIVERSIDE, given, family, born, "NOT_GIVEN", uln, Instant.EPOCH);
    }

    private void check() {
        if (forbidden) {
            throw new AdminApiException(
                    403, "forbidden", "Only centre administrators and assessors may do this.", List.of());
        }
    }

    @Override
    public List<Product> products() {
        check();
        return List.of(SPORT, BUSINESS, MATHS);
    }

    @Override
    public LearnerMatches match(String words) {
        check();
        List<String> typed = List.of(Words.fold(words).replaceAll("'s\\b", "").split("\\s+"));
        List<LearnerMatch> full = new ArrayList<>();
        List<LearnerMatch> family = new ArrayList<>();
        List<LearnerMatch> given = new ArrayList<>();
        for (Learner l : learners.values()) {
            String g = Words.fold(l.givenName());
            String f = Words.fold(l.familyName());
            if (typed.contains(g) && typed.contains(f)) {
                full.add(new LearnerMatch(l, "FULL_NAME", true, List.of(g, f)));
            } else if (typed.contains(f)) {
                family.add(new LearnerMatch(l, "SURNAME", true, List.of(f)));
            } else if (typed.contains(g)) {
                given.add(new LearnerMatch(l, "FORENAME", true, List.of(g)));
            }
        }
        List<LearnerMatch> best = !full.isEmpty() ? full : !family.isEmpty() ? family : given;
        return new LearnerMatches(best, best.isEmpty() ? List.of("Chloe Evans") : List.of());
    }

    @Override
    public LearnerPage search(Map<String, String> filters) {
        check();
        List<Learner> found = new ArrayList<>();
        for (Learner l : learners.values()) {
            String q = filters.get("q");
            boolean byNumber = q != null && (q.equalsIgnoreCase(l.learnerRef()) || q.equals(l.uln()));
            boolean inGroup = "5".equals(filters.get("group")) && Set.of(1L, 3L).contains(l.id());
            if (byNumber || inGroup) {
                found.add(l);
            }
        }
        return new LearnerPage(found, found.size(), 1, 50);
    }

    @Override
    public List<Group> groups(String name) {
        check();
        return List.of(
                        new Group(5, "Year 10 September", "SUBMITTED", 2, 0),
                        new Group(6, "Year 11 March", "VALIDATED", 12, 3))
                .stream()
                .filter(g -> g.name().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)))
                .toList();
    }

    @Override
    public LearnerDetail get(long id) {
        check();
        Learner l = learners.get(id);
        List<Registration> registrations = id == 1
                ? List.of(new Registration(
                        9,
                        SPORT.reference(),
                        SPORT.title(),
                        "QUALIFICATION",
                        5,
                        LocalDate.of(2024, 9, 2),
                        LocalDate.of(2026, 6, 30),
                        11_800,
                        "COMPLETED"))
                : id == 4
                        ? List.of(new Registration(
                                10,
                                MATHS.reference(),
                                MATHS.title(),
                                "QUALIFICATION",
                                6,
                                LocalDate.of(2025, 9, 1),
                                LocalDate.of(2027, 6, 30),
                                2_900,
                                "ACTIVE"))
                        : List.of();
        return new LearnerDetail(
                l,
                new History(List.of(), registrations, List.of()),
                registrations,
                results(id),
                amendments.get(id),
                !amendments.containsKey(id));
    }

    private static List<Result> results(long id) {
        if (id != 1) {
            return List.of();
        }
        LocalDate day = LocalDate.of(2026, 7, 15);
        return List.of(
                new Result(SPORT.reference(), SPORT.title(), null, null, "D", day),
                new Result(SPORT.reference(), SPORT.title(), "U1", "Anatomy and Physiology", "P", day),
                new Result(SPORT.reference(), SPORT.title(), "U2", "Sports Leadership", "F", day));
    }

    @Override
    public Order preview(OrderRequest order) {
        check();
        Product p = List.of(SPORT, BUSINESS, MATHS).stream()
                .filter(x -> x.reference().equals(order.products().get(0)))
                .findFirst()
                .orElseThrow();
        for (OrderLearner l : order.learners()) {
            if (l.learnerId() == 1 && p == SPORT) {
                throw new AdminApiException(
                        409,
                        "conflict",
                        "Nothing was registered: this learner is already registered: Chloe Evans (L10000001) on "
                                + "603/0456/1 " + SPORT.title() + ". Remove them from the order and try again.",
                        List.of());
            }
        }
        List<LearnerLine> lines = order.learners().stream()
                .map(l -> new LearnerLine(
                        l.learnerId(),
                        learners.get(l.learnerId()).learnerRef(),
                        "x",
                        false,
                        l.courseStart(),
                        l.courseEnd()))
                .toList();
        long total = (long) p.pricePence() * lines.size();
        return new Order(
                null,
                true,
                order.poNumber(),
                List.of(new ProductLine(p.reference(), p.title(), p.pricePence(), lines, total)),
                total,
                null);
    }

    @Override
    public Order place(OrderRequest order) {
        Order preview = preview(order);
        changes.add("order " + order.products() + " "
                + order.learners().stream().map(OrderLearner::learnerId).toList() + " "
                + order.learners().get(0).courseStart() + ".."
                + order.learners().get(0).courseEnd() + " PO "
                + order.poNumber());
        return new Order(77L, false, preview.poNumber(), preview.products(), preview.totalPence(), "NOT_INVOICED");
    }

    @Override
    public Amended amend(long id, String field, String value) {
        check();
        Learner l = learners.get(id);
        if (amendments.containsKey(id) || amendmentsUsedMeanwhile) {
            throw new AdminApiException(
                    409,
                    "conflict",
                    l.givenName() + " " + l.familyName() + " (" + l.learnerRef() + ") has already had the one "
                            + "amendment a centre may make. Any further amendment must be made by the board's "
                            + "account specialist.",
                    List.of());
        }
        changes.add("amend " + id + " " + field + " " + value);
        Amendment made = new Amendment(field, "old", value, "Priya Shah", Instant.EPOCH);
        amendments.put(id, made);
        return new Amended(l, made, "The change is made. This was the learner's one amendment.");
    }

    @Override
    public ResultPage results(Map<String, String> filters) {
        check();
        List<ResultRow> rows = new ArrayList<>();
        for (Learner l : learners.values()) {
            for (Result r : results(l.id())) {
                boolean product =
                        filters.get("product") == null || r.productReference().contains(filters.get("product"));
                boolean given =
                        filters.get("givenName") == null || l.givenName().equalsIgnoreCase(filters.get("givenName"));
                if (product && given) {
                    rows.add(new ResultRow(
                            l.id(),
                            l.learnerRef(),
                            l.givenName(),
                            l.familyName(),
                            r.productReference(),
                            r.productTitle(),
                            r.unitCode(),
                            r.unitTitle(),
                            r.grade(),
                            r.awardedAt()));
                }
            }
        }
        return new ResultPage(rows, rows.size(), 1, 200);
    }
}
