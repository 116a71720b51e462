package org.examdesk.admin.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.examdesk.admin.client.CaseNotice;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries case events to every node through PostgreSQL. {@link #publish} stores the event and NOTIFYs its id
 * (delivered at commit). On a node with listeners, one thread holds a connection that LISTENs, reads each notified
 * event by id and tells the listeners, in id order. After a lost connection it reconnects, LISTENs again and
 * catches up on the events stored meanwhile. Events are kept an hour ({@link #forgetOld}).
 */
final class CaseEventBus implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CaseEventBus.class);
    private static final int POLL_MILLIS = 500;
    private static final int REMEMBERED = 10_000;

    private final Jdbi jdbi;
    private final ObjectMapper json;
    private final List<CaseEvents> listeners = new CopyOnWriteArrayList<>();
    private final Map<Long, Boolean> delivered = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };
    private volatile boolean running;
    private Thread thread;
    private long lastSeen;

    CaseEventBus(Jdbi jdbi, ObjectMapper json) {
        this.jdbi = jdbi;
        this.json = json;
    }

    /** Stores the event and tells every node (this one too) that it is there. */
    void publish(CaseEventKind kind, CaseNotice notice) {
        String payload;
        try {
            payload = json.writeValueAsString(notice);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A case notice could not be written as JSON", e);
        }
        jdbi.useTransaction(h -> {
            CaseEventDao dao = h.attach(CaseEventDao.class);
            dao.notifyNodes(dao.insert(kind.name(), payload));
        });
    }

    /** Adds a listener told of every node's case events; the first one starts this node's listening thread. */
    synchronized void listen(CaseEvents listener) {
        listeners.add(listener);
        if (thread == null) {
            lastSeen = jdbi.withExtension(CaseEventDao.class, CaseEventDao::lastId);
            running = true;
            thread = new Thread(this::listenLoop, "case-events");
            thread.setDaemon(true);
            thread.start();
        }
    }

    int forgetOld() {
        return jdbi.withExtension(CaseEventDao.class, CaseEventDao::forgetOld);
    }

    private void listenLoop() {
        while (running) {
            try (Handle h = jdbi.open()) {
                h.attach(CaseEventDao.class).listen();
                PGConnection pg = h.getConnection().unwrap(PGConnection.class);
                deliver(h.attach(CaseEventDao.class).after(lastSeen));
                while (running) {
                    PGNotification[] got = pg.getNotifications(POLL_MILLIS);
                    if (got != null && got.length > 0) {
                        deliver(h.attach(CaseEventDao.class).byIds(ids(got)));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Lost the case-events connection ({}); reconnecting in a second", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void deliver(List<CaseEventDao.Stored> events) {
        for (CaseEventDao.Stored event : events) {
            if (delivered.put(event.id(), Boolean.TRUE) != null) {
                continue;
            }
            lastSeen = Math.max(lastSeen, event.id());
            try {
                CaseEventKind kind = CaseEventKind.valueOf(event.kind());
                CaseNotice notice = json.readValue(event.notice(), CaseNotice.class);
                for (CaseEvents listener : listeners) {
                    tell(kind, listener, notice);
                }
            } catch (JsonProcessingException | IllegalArgumentException e) {
                log.error("Case event {} could not be read; skipped", event.id(), e);
            }
        }
    }

    private static void tell(CaseEventKind kind, CaseEvents listener, CaseNotice notice) {
        try {
            kind.tell(listener, notice);
        } catch (RuntimeException e) {
            log.error("A case listener failed on case {}", notice.number(), e);
        }
    }

    private static long[] ids(PGNotification[] notifications) {
        List<Long> ids = new ArrayList<>();
        for (PGNotification n : notifications) {
            try {
                ids.add(Long.parseLong(n.getParameter()));
            } catch (NumberFormatException e) {
                log.warn("Ignored a case-events notification that was not an id");
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private void pause() {
        try {
            TimeUnit.SECONDS.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        Thread stopping;
        synchronized (this) {
            running = false;
            stopping = thread;
        }
        if (stopping != null) {
            try {
                stopping.join(TimeUnit.SECONDS.toMillis(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
