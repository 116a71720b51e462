package org.examdesk.bot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.Await;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.bot.TestApp;
import org.junit.jupiter.api.Test;

class MailDeliveryIT {
    @Test
    void with_smtp_host_set_a_welcome_email_reaches_the_smtp_server() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (TestApp app = new TestApp()
                .env(Map.of(
                        "SMTP_HOST",
                        "127.0.0.1",
                        "SMTP_PORT",
                        String.valueOf(smtp.getSmtp().getPort()),
                        "MAIL_FROM",
                        "results@school.example"))
                .start()) {
            TestHttp http = app.http();
            String token = http.login("officer@riverside.example", DemoData.PASSWORD);
            long id = http.get("/api/v1/students?status=NOT_ACTIVATED&size=1", token)
                    .json()
                    .at("/items/0/id")
                    .asLong();

            assertThat(http.put("/api/v1/students/" + id + "/email", "{\"email\":\"delivered@pupils.example\"}", token)
                            .status())
                    .isEqualTo(200);

            // The demo data has older emails queued too; wait, bounded, for the one this change sent.
            List<String> recipients = Await.atMost(Duration.ofSeconds(30))
                    .every(Duration.ofMillis(100))
                    .until(
                            "a welcome email to delivered@pupils.example",
                            () -> firstRecipients(smtp),
                            r -> r.contains("delivered@pupils.example"));
            assertThat(recipients)
                    .as("a welcome email reached delivered@pupils.example")
                    .contains("delivered@pupils.example");
        } finally {
            smtp.stop();
        }
    }

    private static List<String> firstRecipients(GreenMail smtp) throws MessagingException {
        List<String> recipients = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            recipients.add(message.getAllRecipients()[0].toString());
        }
        return recipients;
    }
}
