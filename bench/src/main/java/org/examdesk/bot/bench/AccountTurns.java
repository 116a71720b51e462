package org.examdesk.bot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.db.Database;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestCallers;
import org.examdesk.admin.testing.TestDatabase;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.web.Json;
import org.examdesk.bot.TestApp;
import org.examdesk.bot.engine.ChatService;
import org.examdesk.bot.engine.Inbound;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Speaker;

/**
 * Full turns of the account flows (ChatService.turn: load the conversation, keep the transcript, run the engine,
 * save the state) against the whole app running on loopback, as the demo exams officer. The bot's AdminClient
 * sends through a {@link TimedHttpClient}, so each turn splits into admin-API time (inside HttpClient.send) and
 * the rest: the engine's own work plus the bot's JSON handling of the calls.
 */
final class AccountTurns implements AutoCloseable {
    private static final String CHANNEL = "web";

    private final TestApp app;
    private final Database database;
    private final TimedHttpClient timed;
    private final ChatService chat;
    private final Speaker officer;
    private final Map<String, List<String>> ucis = new LinkedHashMap<>();
    private final Samples total = new Samples();
    private final Samples admin = new Samples();
    private final Samples engine = new Samples();
    private final Samples cpu = new Samples();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<String, Samples> engineByStep = new LinkedHashMap<>();
    private long adminCalls;
    private boolean recording;

    AccountTurns() {
        String url = TestDatabase.freshDemoUrl();
        app = new TestApp()
                .database(url)
                .env("EXAMDESK_ARTICLES_DIR", BenchWiring.articlesDir())
                .start();
        database = Database.connect(url, "postgres", null, 2);
        URI base = app.base();
        timed = new TimedHttpClient(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        chat = new ChatService(
                new AdminClient(base, timed, Json.mapper()),
                new TestCallers(database.jdbi()).service(),
                BenchWiring.engine(app.app().knowledge(), BenchWiring.config()));
        TestHttp http = new TestHttp(base);
        String token = http.login("officer@riverside.example", DemoData.PASSWORD);
        officer = chat.speaker(token, CHANNEL);
        for (String status : List.of("LOCKED", "FORGOTTEN_PASSWORD", "FAILED_ACTIVATION", "NOT_ACTIVATED")) {
            JsonNode page = http.get("/api/v1/students?status=" + status + "&size=200&sort=surname", token)
                    .json();
            List<String> found = new ArrayList<>();
            page.get("items").forEach(s -> found.add(s.get("uci").asText()));
            ucis.put(status, found);
        }
    }

    /** How many cycles there are locked students for (each cycle reactivates one). */
    int lockedStudents() {
        return ucis.get("LOCKED").size();
    }

    /** Each cycle: reactivate a locked student, diagnose a forgotten password, a wrong date of birth, cancel, ask. */
    void run(int fromCycle, int cycles, boolean record) {
        recording = record;
        for (int i = fromCycle; i < fromCycle + cycles; i++) {
            UUID locked = chat.start(officer, CHANNEL);
            List<Reply> offer =
                    turn("diagnose (locked)", locked, "what's wrong with " + uci("LOCKED", i), "Reactivate");
            turn("confirm and reactivate", locked, Inbound.action(button(offer, "Yes, do it")), "Done");
            UUID forgotten = chat.start(officer, CHANNEL);
            turn(
                    "diagnose (forgotten password)",
                    forgotten,
                    "why can't " + uci("FORGOTTEN_PASSWORD", i) + " sign in",
                    "Forgotten Password");
            UUID failed = chat.start(officer, CHANNEL);
            List<Reply> check = turn(
                    "diagnose (failed activation)",
                    failed,
                    "what's wrong with " + uci("FAILED_ACTIVATION", i),
                    "date of birth");
            turn(
                    "wrong date of birth (asks the right one)",
                    failed,
                    Inbound.action(button(check, "The date of birth is wrong")),
                    "correct date of birth?");
            UUID notActivated = chat.start(officer, CHANNEL);
            turn(
                    "diagnose (not activated)",
                    notActivated,
                    "what's wrong with " + uci("NOT_ACTIVATED", i),
                    "Not Activated");
            turn("cancel", notActivated, "cancel", "nothing was changed");
            turn("question from the articles", notActivated, "how do I reactivate a locked student account", "");
        }
    }

    private String uci(String status, int i) {
        List<String> list = ucis.get(status);
        return list.get(i % list.size());
    }

    private static String button(List<Reply> replies, String label) {
        return Replies.button(replies, label)
                .orElseThrow(() -> new IllegalStateException("no button '" + label + "' in " + Replies.text(replies)));
    }

    private List<Reply> turn(String step, UUID conversation, String text, String expected) {
        return turn(step, conversation, Inbound.text(text), expected);
    }

    private List<Reply> turn(String step, UUID conversation, Inbound inbound, String expected) {
        timed.reset();
        long startCpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        List<Reply> replies = chat.turn(conversation, officer, inbound, CHANNEL);
        long took = System.nanoTime() - start;
        long tookCpu = threads.getCurrentThreadCpuTime() - startCpu;
        if (!Replies.text(replies).contains(expected)) {
            throw new IllegalStateException(step + ": expected '" + expected + "' in " + Replies.text(replies));
        }
        if (recording) {
            total.add(took);
            admin.add(timed.nanos());
            engine.add(took - timed.nanos());
            cpu.add(tookCpu);
            engineByStep.computeIfAbsent(step, s -> new Samples()).add(took - timed.nanos());
            adminCalls += timed.calls();
        }
        return replies;
    }

    void print() {
        System.out.printf(
                "Account-flow turns through ChatService against the running app (%.1f admin-API calls a turn), "
                        + "%s:%n",
                (double) adminCalls / Math.max(1, total.count()), Samples.machine());
        System.out.println("  whole turn          " + total.summary());
        System.out.println("  admin-API time      " + admin.summary());
        System.out.println("  engine (the rest)   " + engine.summary());
        System.out.println("  bot thread CPU      " + cpu.summary() + " (engine + the client side of the calls)");
        engineByStep.forEach((step, samples) -> System.out.printf("    %-36s %s%n", step, samples.summary()));
    }

    @Override
    public void close() {
        app.close();
        database.close();
    }
}
