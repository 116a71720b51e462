package org.examdesk.bot.platform;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every setting of ExamDesk, read from environment variables and validated at start. A bad value stops
 * start-up with a sentence naming the variable and what it expects. The README lists each variable.
 */
public record AppConfig(
        int port,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        Path dataDir,
        boolean demo,
        Path articlesDir,
        boolean watchArticles,
        long maxBodyBytes,
        Duration sessionTtl,
        int dbPoolSize,
        Map<String, String> placeholders,
        SupportHours cases,
        int resultsMaxDelayDays,
        int letterRetentionDays,
        MailSettings smtp,
        int importRowLimit,
        SlackSettings slack,
        int chatWorkers,
        WebSecurity web) {

    public static AppConfig fromEnv(Map<String, String> env) {
        Reader r = new Reader(env);
        return new AppConfig(
                r.integer("PORT", 7070, 0, 65_535),
                r.jdbcUrl("DATABASE_URL"),
                r.text("DATABASE_USER", null),
                r.text("DATABASE_PASSWORD", null),
                Path.of(r.text("EXAMDESK_DATA_DIR", "data")),
                r.bool("EXAMDESK_DEMO", true),
                Path.of(r.text("EXAMDESK_ARTICLES_DIR", "articles")),
                r.bool("EXAMDESK_WATCH_ARTICLES", true),
                r.integer("MAX_BODY_BYTES", 12 * 1024 * 1024, 1024, 100 * 1024 * 1024),
                Duration.ofHours(r.integer("SESSION_TTL_HOURS", 12, 1, 24 * 30)),
                r.integer("DATABASE_POOL_SIZE", 10, 1, 200),
                Map.of(
                        "supportPhone", r.text("SUPPORT_PHONE", "(phone number not configured)"),
                        "supportEmail", r.text("SUPPORT_EMAIL", "(support email not configured)"),
                        "portalUrl", r.url("PORTAL_URL", "http://localhost:7070/"),
                        "studentResultsUrl", r.url("STUDENT_RESULTS_URL", "http://localhost:7070/"),
                        "resultsWebsiteUrl", r.url("RESULTS_WEBSITE_URL", "http://localhost:7070/results/sign-in"),
                        "chatHours", r.text("CHAT_HOURS_TEXT", "Monday to Friday, 9:00 to 17:00 (UK time)")),
                cases(r),
                r.integer("RESULTS_MAX_DELAY_DAYS", 30, 0, 365),
                r.integer("LETTER_RETENTION_DAYS", 30, 1, 3_650),
                smtp(r),
                r.integer("IMPORT_MAX_ROWS", 600, 1, 1_000_000),
                SlackSettings.read(r),
                r.integer("CHAT_WORKERS", 32, 1, 256),
                WebSecurity.read(r));
    }

    /** Business hours (response targets, chat opening), their time zone, the call-case timeout. */
    private static SupportHours cases(Reader r) {
        String hours = r.text("BUSINESS_HOURS", "09:00-17:00");
        Matcher m = Pattern.compile("([01][0-9]|2[0-3]):([0-5][0-9])-([01][0-9]|2[0-3]):([0-5][0-9])")
                .matcher(hours);
        if (!m.matches() || hours.substring(0, 5).compareTo(hours.substring(6)) >= 0) {
            throw new ConfigException(
                    "BUSINESS_HOURS must be opening and closing times such as 09:00-17:00, not '" + hours + "'.");
        }
        String zone = r.text("BUSINESS_TIME_ZONE", "Europe/London");
        if (!ZoneId.getAvailableZoneIds().contains(zone)) {
            throw new ConfigException(
                    "BUSINESS_TIME_ZONE must be a time zone such as Europe/London, not '" + zone + "'.");
        }
        return new SupportHours(
                LocalTime.parse(hours.substring(0, 5)),
                LocalTime.parse(hours.substring(6)),
                ZoneId.of(zone),
                r.text("SUPPORT_PHONE", "(phone number not configured)"),
                Duration.ofHours(r.integer("CALL_CASE_TIMEOUT_HOURS", 24, 1, 24 * 14)));
    }

    /** SMTP delivery of the outbox, only when SMTP_HOST is set; without it emails stay in the outbox. */
    private static MailSettings smtp(Reader r) {
        String host = r.text("SMTP_HOST", null);
        if (host == null) {
            return null;
        }
        return new MailSettings(
                host,
                r.integer("SMTP_PORT", 587, 1, 65_535),
                r.text("SMTP_USER", null),
                r.text("SMTP_PASSWORD", null),
                r.email("MAIL_FROM", "examdesk@localhost"));
    }

    public boolean embeddedDatabase() {
        return databaseUrl == null;
    }

    /** Reads and checks one variable at a time. */
    record Reader(Map<String, String> env) {
        /** The admin API's syntax of an email address (its {@code EmailAddresses}): something@domain.tld. */
        private static final Pattern EMAIL =
                Pattern.compile("[^@\\s\"(),:;<>\\[\\\\\\]]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

        String text(String name, String fallback) {
            String value = env.get(name);
            return value == null || value.isBlank() ? fallback : value.trim();
        }

        int integer(String name, int fallback, int min, int max) {
            String value = text(name, null);
            if (value == null) {
                return fallback;
            }
            try {
                int parsed = Integer.parseInt(value);
                if (parsed >= min && parsed <= max) {
                    return parsed;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new ConfigException(
                    name + " must be a whole number from " + min + " to " + max + ", not '" + value + "'.");
        }

        boolean bool(String name, boolean fallback) {
            String value = text(name, null);
            if (value == null) {
                return fallback;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1", "on" -> true;
                case "false", "no", "0", "off" -> false;
                default -> throw new ConfigException(name + " must be true or false, not '" + value + "'.");
            };
        }

        String jdbcUrl(String name) {
            String value = text(name, null);
            if (value != null && !value.startsWith("jdbc:postgresql://")) {
                throw new ConfigException(name + " must be a PostgreSQL JDBC URL such as "
                        + "jdbc:postgresql://localhost:5432/examdesk.");
            }
            return value;
        }

        String email(String name, String fallback) {
            String value = text(name, fallback);
            if (!isEmail(value) && !value.matches("[^@\\s]+@localhost")) {
                throw new ConfigException(
                        name + " must be an email address such as examdesk@school.example, not '" + value + "'.");
            }
            return value;
        }

        private static boolean isEmail(String value) {
            return value != null
                    && value.length() <= 254
                    && EMAIL.matcher(value).matches();
        }

        String url(String name, String fallback) {
            String value = text(name, fallback);
            try {
                URI uri = URI.create(value);
                if (uri.getScheme() != null && uri.getScheme().startsWith("http") && uri.getHost() != null) {
                    return value;
                }
            } catch (IllegalArgumentException ignored) {
                // reported below
            }
            throw new ConfigException(
                    name + " must be an http(s) address such as https://example.org/, not '" + value + "'.");
        }
    }
}
