package org.examdesk.bot.platform;

/**
 * Where the outbox is delivered: an SMTP server ({@code SMTP_HOST}, {@code SMTP_PORT}), optional credentials
 * ({@code SMTP_USER}, {@code SMTP_PASSWORD}, never logged) and the sender address ({@code MAIL_FROM}). The wiring
 * class hands them to the admin API's mail sender.
 */
public record MailSettings(String host, int port, String user, String password, String from) {
    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", user=" + user + ", from=" + from + "]";
    }
}
