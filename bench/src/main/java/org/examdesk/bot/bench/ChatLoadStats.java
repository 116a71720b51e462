package org.examdesk.bot.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** What the web-chat clients saw: messages sent, reply times, and errors by kind. Thread-safe. */
final class ChatLoadStats {
    private final Samples replyTimes = new Samples();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong waited = new AtomicLong();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

    void sent(boolean counted) {
        if (counted) {
            sent.incrementAndGet();
        }
    }

    /** A second went by while the previous message was still unanswered, so the page waited. */
    void waited(boolean counted) {
        if (counted) {
            waited.incrementAndGet();
        }
    }

    long waited() {
        return waited.get();
    }

    void answered(boolean counted, long nanos) {
        if (counted) {
            answered.incrementAndGet();
            synchronized (replyTimes) {
                replyTimes.add(nanos);
            }
        }
    }

    void failed(boolean counted, String what) {
        if (counted) {
            errors.computeIfAbsent(what, w -> new LongAdder()).increment();
        }
    }

    long sent() {
        return sent.get();
    }

    long answered() {
        return answered.get();
    }

    Samples replyTimes() {
        synchronized (replyTimes) {
            return replyTimes;
        }
    }

    long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    String errors() {
        return errors.isEmpty() ? "none" : errors.toString();
    }
}
