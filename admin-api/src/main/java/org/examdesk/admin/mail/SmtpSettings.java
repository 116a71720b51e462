package org.examdesk.admin.mail;

/**
 * Where the outbox is delivered: an SMTP server ({@code SMTP_HOST}, {@code SMTP_PORT}), optional credentials
 * ({@code SMTP_USER}, {@code SMTP_PASSWORD}, never logged) and the sender address ({@code MAIL_FROM}).
 */
public record SmtpSettings(String host, int port, String user, String password, String from) {
    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", user=" + user + ", from=" + from + "]";
    }
}
