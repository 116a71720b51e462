package org.examdesk.admin.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox over SMTP. Each round claims due rows with {@code for update skip locked} (so several
 * nodes never send one row twice), sends them, and marks each sent, or counts the failure and backs off
 * (30 s, doubling, at most 1 hour; after {@value #MAX_ATTEMPTS} attempts the row is left with its last error).
 * A row is marked only after the server took it: a crash in between sends it again rather than losing it.
 */
public final class OutboxSender implements AutoCloseable {
    static final int MAX_ATTEMPTS = 10;
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;

    private final Jdbi jdbi;
    private final Clock clock;
    private final SmtpSettings smtp;
    private final Session session;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "outbox-sender");
        t.setDaemon(true);
        return t;
    });

    public OutboxSender(Jdbi jdbi, Clock clock, SmtpSettings smtp) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.smtp = smtp;
        this.session = Session.getInstance(properties(smtp));
    }

    /** Sends due rows every {@code interval} until closed. */
    public OutboxSender start(Duration interval) {
        scheduler.scheduleWithFixedDelay(this::deliverSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Delivering the outbox through {}", smtp);
        return this;
    }

    /** One round: sends every due row (in batches); returns how many were sent. */
    public int deliverDue() {
        int sent = 0;
        while (true) {
            int[] round = jdbi.inTransaction(this::deliverBatch);
            sent += round[0];
            if (round[1] < BATCH) {
                return sent;
            }
        }
    }

    private int[] deliverBatch(Handle h) {
        Instant now = clock.instant();
        OutboxDao dao = h.attach(OutboxDao.class);
        List<OutboxDao.Pending> due = dao.takeDue(now, MAX_ATTEMPTS, BATCH);
        int sent = 0;
        for (OutboxDao.Pending p : due) {
            try {
                send(p);
                dao.markSent(p.id(), now);
                sent++;
            } catch (MessagingException | RuntimeException e) {
                Instant next = now.plus(backoff(p.attempts() + 1));
                dao.markFailed(p.id(), next, String.valueOf(e.getMessage()));
                log.warn(
                        "Email {} to the outbox recipient failed (attempt {}): {}",
                        p.id(),
                        p.attempts() + 1,
                        e.getMessage());
            }
        }
        return new int[] {sent, due.size()};
    }

    /** 30 s after the first failure, doubling, at most an hour. */
    static Duration backoff(int attempts) {
        long seconds = 30L << Math.min(attempts - 1, 10);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }

    private void send(OutboxDao.Pending p) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(smtp.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(p.recipient(), true));
        message.setSubject(p.subject(), StandardCharsets.UTF_8.name());
        message.setText(p.body(), StandardCharsets.UTF_8.name());
        message.setHeader("X-ExamDesk-Outbox-Id", String.valueOf(p.id()));
        if (smtp.user() != null) {
            Transport.send(message, smtp.user(), smtp.password());
        } else {
            Transport.send(message);
        }
    }

    private void deliverSafely() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            log.error("Outbox delivery round failed; trying again next round", e);
        }
    }

    private static Properties properties(SmtpSettings smtp) {
        Properties props = new Properties();
        props.put("mail.smtp.host", smtp.host());
        props.put("mail.smtp.port", String.valueOf(smtp.port()));
        props.put("mail.smtp.auth", String.valueOf(smtp.user() != null));
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        props.put("mail.smtp.writetimeout", "20000");
        return props;
    }

    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
