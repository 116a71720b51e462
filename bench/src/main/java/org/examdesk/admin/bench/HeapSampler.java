package org.examdesk.admin.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The most heap in use at once while a run goes on, sampled every 5 ms (the sum of each pool's own peak would add
 * peaks that never happened together).
 */
public final class HeapSampler implements AutoCloseable {
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    public HeapSampler() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        thread = new Thread(() -> {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                LockSupport.parkNanos(5_000_000);
            }
        });
        thread.setDaemon(true);
        thread.start();
    }

    public long peak() {
        return peak.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
