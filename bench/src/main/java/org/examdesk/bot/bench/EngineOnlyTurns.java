package org.examdesk.bot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.examdesk.admin.client.ClientModels.Centre;
import org.examdesk.admin.client.ClientModels.User;
import org.examdesk.bot.engine.ConversationEngine;
import org.examdesk.bot.engine.FlowState;
import org.examdesk.bot.engine.Inbound;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.understanding.Understanding;

/**
 * Engine turns that never reach the admin API (answers from the articles, out-of-scope questions, help, start over,
 * greetings, refusals, button nonce checks), timed as ChatService runs them: read the stored state, handle, write
 * the state. The admin callers are null, so a turn that did reach the admin API would fail the run loudly. Account
 * requests are timed as what the engine does before it calls the admin API: recognising the intent and entities.
 */
final class EngineOnlyTurns {
    private static final List<String> QUESTIONS = List.of(
            "how do I reactivate a locked student account",
            "a student never received the activation email, what should I do",
            "when are results released to students",
            "how do I import students from a spreadsheet",
            "what does the forgotten password status mean",
            "how can candidates see their results online",
            "how do I change a student's email address",
            "can I give all candidates access to their results at once");
    private static final List<String> OUT_OF_SCOPE = List.of(
            "what's the weather like in Leeds tomorrow",
            "recommend a good pizza place near the school",
            "who won the football last night");
    private static final List<String> ACCOUNT_REQUESTS = List.of(
            "Sam Patel can't log in to results",
            "reactivate every locked student in year 11",
            "change the email of Aisha Khan to aisha.k@students.riverside.example",
            "what's wrong with 1234567890123",
            "remove mock results access for Tom Green",
            "I never got my activation email");

    private final ConversationEngine engine;
    private final Understanding understanding;
    private final Speaker officer = new Speaker(
            "unused",
            new User(1, "Priya Shah", "STAFF", List.of("EXAMS_OFFICER"), new Centre(1, "10001", "Riverside Academy")));
    private final Map<String, Samples> byKind = new LinkedHashMap<>();
    private final Map<String, Samples> cpuByKind = new LinkedHashMap<>();
    private final Samples turns = new Samples();
    private final Samples cpu = new Samples();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final UUID conversation = UUID.randomUUID();
    private FlowState state = FlowState.of(null);
    private boolean recording;

    EngineOnlyTurns(ConversationEngine engine, Understanding understanding) {
        this.engine = engine;
        this.understanding = understanding;
    }

    /** One round is 16 engine turns plus 2 recognitions, as staff and as an anonymous visitor in turn. */
    void run(int rounds, boolean record) {
        recording = record;
        for (int i = 0; i < rounds; i++) {
            Speaker speaker = i % 2 == 0 ? officer : Speaker.anonymous();
            String button = null;
            for (int q = 0; q < 4; q++) {
                List<Reply> answer = turn(
                        "question from the articles",
                        speaker,
                        Inbound.text(QUESTIONS.get((i * 4 + q) % QUESTIONS.size())));
                // the task offered after an answer ("Reactivate a student now") starts its flow without the admin API,
                // unlike "Yes, thanks" / "No" (they record feedback through it); the latest one shown is the live one
                button = Replies.button(answer, " now").orElse(button);
            }
            if (speaker.isStaff()) { // a visitor is offered no task that stays clear of the admin API
                if (button == null) {
                    throw new IllegalStateException("no button to press");
                }
                turn("button (nonce checked, pressed)", speaker, Inbound.action(button));
                turn("button (stale nonce, refused)", speaker, Inbound.action(button));
            }
            for (int q = 0; q < 2; q++) {
                turn(
                        "out-of-scope question",
                        speaker,
                        Inbound.text(OUT_OF_SCOPE.get((i * 2 + q) % OUT_OF_SCOPE.size())));
            }
            turn("help", speaker, Inbound.text("help"));
            turn("start over", speaker, Inbound.text("start over"));
            turn("cancel button", speaker, Inbound.action(stateNonce() + ":" + ConversationEngine.CANCEL));
            turn("greeting", speaker, Inbound.text("hello"));
            turn("thanks", speaker, Inbound.text("thanks"));
            turn("message over 4,000 characters", speaker, Inbound.text("x".repeat(Inbound.MAX_TEXT + 1)));
            turn("question from the articles", speaker, Inbound.text(QUESTIONS.get(i % QUESTIONS.size())));
            turn("out-of-scope question", speaker, Inbound.text(OUT_OF_SCOPE.get(i % OUT_OF_SCOPE.size())));
            for (int a = 0; a < 2; a++) {
                recognise(ACCOUNT_REQUESTS.get((i * 2 + a) % ACCOUNT_REQUESTS.size()), speaker.isStaff());
            }
        }
    }

    private String stateNonce() {
        String nonce = state.nonce();
        return nonce == null ? "" : nonce;
    }

    private List<Reply> turn(String kind, Speaker speaker, Inbound inbound) {
        JsonNode stored = state.toJson();
        long startCpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        ConversationEngine.Outcome outcome;
        try {
            outcome = engine.handle(conversation, speaker, inbound, FlowState.of(stored), null, null);
        } catch (NullPointerException e) {
            throw new IllegalStateException(
                    "'" + inbound + "' reached the admin API; it does not belong in this mix", e);
        }
        JsonNode saved = outcome.state().toJson();
        record(kind, System.nanoTime() - start, threads.getCurrentThreadCpuTime() - startCpu);
        state = FlowState.of(saved);
        return outcome.replies();
    }

    private void recognise(String text, boolean staff) {
        long startCpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        if (understanding.understand(text).prediction().intent() == null) {
            throw new IllegalStateException("no intent");
        }
        record(
                "account request (recognition only)",
                System.nanoTime() - start,
                threads.getCurrentThreadCpuTime() - startCpu);
    }

    private void record(String kind, long nanos, long cpuNanos) {
        if (recording) {
            byKind.computeIfAbsent(kind, k -> new Samples()).add(nanos);
            cpuByKind.computeIfAbsent(kind, k -> new Samples()).add(cpuNanos);
            turns.add(nanos);
            cpu.add(cpuNanos);
        }
    }

    void print() {
        System.out.println(
                "Engine turns that do not call the admin API (state read + ConversationEngine.handle + state "
                        + "written), " + Samples.machine() + ":");
        System.out.println("  all, wall clock                        " + turns.summary());
        System.out.println("  all, thread CPU time                   " + cpu.summary());
        byKind.forEach((kind, samples) -> System.out.printf(
                "  %-38s %s | CPU p50 %.2f ms p99 %.2f ms%n",
                kind,
                samples.summary(),
                cpuByKind.get(kind).millis(50),
                cpuByKind.get(kind).millis(99)));
    }
}
