package org.examdesk.admin.learners.bench;

import static org.examdesk.admin.testing.ArticlesFolder.articles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.cases.bench.Percentiles;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestServer;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.KnowledgeConfig;

/**
 * The two answers a centre administrator waits for when the portal would only grey a button out (issue 16, item 5),
 * over HTTP to the admin API on the demo data, as the demo centre's administrator, one request at a time:
 *
 * <ol>
 *   <li>the cancellation check of one registration ({@code GET /api/v1/registrations/{id}}: may it be cancelled, and
 *       if not, each blocking condition with its facts), over every registration of the demo centre in a shuffled
 *       order, the five conditions and the cancellable ones among them;
 *   <li>a bulk Full claim for 500 learners ({@code POST /api/v1/claims}): every learner checked against the
 *       product's rules of combination and 500 claims stored. Each run first places, untimed, a registration order
 *       of 500 new learners (generated names and dates of birth) on the claimable BTEC Sport, so that every run
 *       claims learners nobody has claimed for.
 * </ol>
 *
 * <p>Beside each, in the same run, a signed-in {@code GET /api/v1/me} as the baseline of a request that does
 * nothing. Options: {@code -Dbench.rounds=} (passes over the registrations, default 20), {@code -Dbench.claims=}
 * (bulk claims, default 8, the first a warm-up), {@code -Dbench.learners=} (learners per claim, default 500).
 */
public final class CancellationClaimBench {
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 20);
    private static final int CLAIMS = Integer.getInteger("bench.claims", 8);
    private static final int LEARNERS = Integer.getInteger("bench.learners", 500);
    private static final String SPORT = "603/0456/1";
    private static final String SPORT_UNITS =
            "[{\"unit\":\"U1\",\"grade\":\"P\"},{\"unit\":\"U2\",\"grade\":\"M\"},{\"unit\":\"U3\",\"grade\":\"D\"}]";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CancellationClaimBench() {}

    public static void main(String[] args) throws Exception {
        System.out.println("machine at start: " + LearnerSearchBench.load());
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);
        try (KnowledgeBase knowledge = KnowledgeBase.open(new KnowledgeConfig(articles(), Map.of(), false));
                TestServer server =
                        new TestServer().clock(clock).knowledge(knowledge).start()) {
            TestHttp http = server.http();
            String admin = server.callers().staff(Role.CENTRE_ADMINISTRATOR, "40123");
            cancellationChecks(server, http, admin);
            bulkClaims(http, admin);
            System.out.println("machine at end: " + LearnerSearchBench.load());
        }
    }

    private static void cancellationChecks(TestServer server, TestHttp http, String admin) {
        List<Long> registrations = server.jdbi()
                .withHandle(h -> h.createQuery("select r.id from registrations r join learners l on l.id = r.learner_id"
                                + " join centres c on c.id = l.centre_id where c.number = '40123' order by r.id")
                        .mapTo(Long.class)
                        .list());
        Map<String, Integer> blockers = new TreeMap<>();
        List<Long> checks = new ArrayList<>();
        List<Long> baseline = new ArrayList<>();
        Random random = new Random(20261207L);
        for (int round = 0; round <= ROUNDS; round++) {
            List<Long> order = new ArrayList<>(registrations);
            Collections.shuffle(order, random);
            for (long id : order) {
                long start = System.nanoTime();
                TestHttp.Response answer = http.get("/api/v1/registrations/" + id, admin);
                long took = System.nanoTime() - start;
                long startMe = System.nanoTime();
                http.get("/api/v1/me", admin);
                long tookMe = System.nanoTime() - startMe;
                if (answer.status() != 200) {
                    throw new IllegalStateException("registration " + id + ": " + answer.body());
                }
                if (round == 0) {
                    count(blockers, answer.json());
                    continue; // the first pass warms up
                }
                checks.add(took);
                baseline.add(tookMe);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%d registrations of the demo centre, checked %d times each; answers: %s%n",
                registrations.size(),
                ROUNDS,
                blockers);
        System.out.println(describe("cancellation check, GET /api/v1/registrations/{id}", checks));
        System.out.println(describe("baseline, GET /api/v1/me", baseline));
        System.out.println("after the checks: " + LearnerSearchBench.load());
    }

    private static void count(Map<String, Integer> blockers, JsonNode registration) {
        if (registration.path("cancellable").asBoolean()) {
            blockers.merge("cancellable", 1, Integer::sum);
        }
        for (JsonNode blocker : registration.path("blockedBy")) {
            blockers.merge(blocker.path("condition").asText(blocker.path("kind").asText("?")), 1, Integer::sum);
        }
    }

    private static void bulkClaims(TestHttp http, String admin) throws Exception {
        Random random = new Random(500L);
        Names names = new Names(random);
        List<Long> claims = new ArrayList<>();
        List<Long> baseline = new ArrayList<>();
        String outcome = "";
        for (int run = 0; run < CLAIMS; run++) {
            List<Long> learners = newLearners(http, admin, names, random);
            String body = claim(learners);
            long start = System.nanoTime();
            TestHttp.Response answer = http.post("/api/v1/claims", body, admin);
            long took = System.nanoTime() - start;
            long startMe = System.nanoTime();
            http.get("/api/v1/me", admin);
            long tookMe = System.nanoTime() - startMe;
            if (answer.status() >= 300) {
                throw new IllegalStateException("claim refused: " + answer.body());
            }
            outcome = summary(answer.json());
            if (run > 0) {
                claims.add(took);
                baseline.add(tookMe);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "bulk Full claims of %d learners, %d runs after one warm-up; last answer: %s%n",
                LEARNERS,
                CLAIMS - 1,
                outcome);
        System.out.println(describe("bulk claim, POST /api/v1/claims", claims));
        System.out.println(describe("baseline, GET /api/v1/me", baseline));
    }

    /**
     * Places (untimed) an order of new learners on BTEC Sport and returns their ids; an order that happens to name a
     * learner twice (same names and date of birth) is refused as a whole, and is drawn again.
     */
    private static List<Long> newLearners(TestHttp http, String admin, Names names, Random random) throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < LEARNERS; i++) {
                LocalDate born = LocalDate.of(2007, 9, 1).plusDays(random.nextInt(1_095));
                lines.add("{\"newLearner\":{\"givenName\":" + JSON.writeValueAsString(names.forename(random))
                        + ",\"familyName\":" + JSON.writeValueAsString(names.surname(random))
                        + ",\"dateOfBirth\":\"" + born + "\",\"gender\":\""
                        + (random.nextBoolean() ? "Female" : "Male")
                        + "\"},\"courseStart\":\"2025-09-01\",\"courseEnd\":\"2027-06-30\"}");
            }
            String order = "{\"products\":[\"" + SPORT + "\"],\"learners\":[" + String.join(",", lines) + "]}";
            TestHttp.Response placed = http.post("/api/v1/registration-orders", order, admin);
            if (placed.status() == 201) {
                List<Long> ids = new ArrayList<>();
                placed.json()
                        .at("/products/0/learners")
                        .forEach(l -> ids.add(l.get("learnerId").asLong()));
                return ids;
            }
            if (placed.status() != 409 && placed.status() != 422) {
                throw new IllegalStateException("order refused: " + placed.body());
            }
        }
        throw new IllegalStateException("no order of distinct learners in five draws");
    }

    private static String claim(List<Long> learners) {
        String list = learners.stream()
                .map(id -> "{\"learnerId\":" + id + ",\"product\":\"" + SPORT + "\",\"units\":" + SPORT_UNITS + "}")
                .collect(Collectors.joining(","));
        return "{\"awardType\":\"FULL\",\"awardDate\":\"2026-11-01\",\"learners\":[" + list + "]}";
    }

    private static String summary(JsonNode answer) {
        Map<String, Integer> states = new TreeMap<>();
        answer.path("claims").forEach(c -> states.merge(c.path("state").asText("?"), 1, Integer::sum));
        return states + ", submitted " + answer.path("submitted").asInt() + ", ineligible "
                + answer.path("ineligible").asInt();
    }

    private static String describe(String what, List<Long> nanos) {
        return Percentiles.describe(
                what, nanos.stream().mapToLong(Long::longValue).toArray());
    }
}
