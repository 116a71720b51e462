package org.examdesk.admin.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.examdesk.admin.db.Database;
import org.examdesk.admin.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboxSenderIT {
    private static Database database;
    private static Jdbi jdbi;
    private static GreenMail smtp;

    @BeforeAll
    static void start() {
        database = TestDatabase.fresh();
        jdbi = database.jdbi();
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stop() {
        smtp.stop();
        database.close();
    }

    @BeforeEach
    void clean() throws Exception {
        jdbi.useHandle(h -> h.execute("delete from outbox"));
        smtp.purgeEmailFromAllMailboxes();
    }

    static SmtpSettings settings(int port) {
        return new SmtpSettings("127.0.0.1", port, null, null, "examdesk@school.example");
    }

    static void queue(String to, String subject) {
        jdbi.useHandle(h -> new Outbox().enqueue(h, to, subject, "Hello " + to + ", Zoë here."));
    }

    @Test
    void queued_emails_are_delivered_once_and_marked_sent() throws Exception {
        queue("amy@pupils.example", "Activate your account");
        queue("ben@pupils.example", "Activate your account");
        OutboxSender sender = new OutboxSender(
                jdbi, Clock.systemUTC(), settings(smtp.getSmtp().getPort()));

        assertThat(sender.deliverDue()).isEqualTo(2);
        assertThat(sender.deliverDue()).isZero();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getSubject()).isEqualTo("Activate your account");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("examdesk@school.example");
        assertThat((String) received[0].getContent()).contains("Zoë");
        long unsent = jdbi.withHandle(h -> h.createQuery("select count(*) from outbox where sent_at is null")
                .mapTo(Long.class)
                .one());
        assertThat(unsent).isZero();
    }

    @Test
    void a_failed_send_is_kept_with_its_error_and_retried_after_the_backoff() throws Exception {
        queue("cara@pupils.example", "Reactivated");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        jdbi.useHandle(h -> h.execute("update outbox set next_attempt = ?", now));

        int sent = new OutboxSender(jdbi, Clock.fixed(now, ZoneOffset.UTC), settings(closedPort)).deliverDue();

        assertThat(sent).isZero();
        record Row(int attempts, Instant next, String error) {}
        Row row = jdbi.withHandle(h -> h.createQuery("select attempts, next_attempt, last_error from outbox")
                .map((rs, ctx) -> new Row(
                        rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3)))
                .one());
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.next()).isEqualTo(now.plusSeconds(30));
        assertThat(row.error()).isNotBlank();

        OutboxSender working = new OutboxSender(
                jdbi,
                Clock.fixed(now.plusSeconds(10), ZoneOffset.UTC),
                settings(smtp.getSmtp().getPort()));
        assertThat(working.deliverDue()).as("not before the backoff").isZero();
        OutboxSender later = new OutboxSender(
                jdbi,
                Clock.fixed(now.plusSeconds(31), ZoneOffset.UTC),
                settings(smtp.getSmtp().getPort()));
        assertThat(later.deliverDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void the_background_sender_delivers_without_being_asked() {
        queue("dev@pupils.example", "Welcome");

        try (OutboxSender sender = new OutboxSender(
                        jdbi, Clock.systemUTC(), settings(smtp.getSmtp().getPort()))
                .start(Duration.ofMillis(100))) {
            assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        }
    }

    @Test
    void the_backoff_doubles_up_to_an_hour() {
        assertThat(OutboxSender.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxSender.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(OutboxSender.backoff(9)).isEqualTo(Duration.ofHours(1));
    }
}
