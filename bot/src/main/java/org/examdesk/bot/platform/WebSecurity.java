package org.examdesk.bot.platform;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The settings of the security headers and of {@code /metrics}: the sites that may frame the chat widget
 * ({@code EXAMDESK_WIDGET_ORIGINS}), whether ExamDesk is served over HTTPS ({@code EXAMDESK_HTTPS}, which turns
 * on {@code Strict-Transport-Security}), and the bearer token {@code /metrics} needs ({@code METRICS_TOKEN}; unset,
 * {@code /metrics} is off). {@code toString} never shows the token.
 */
public record WebSecurity(List<String> widgetOrigins, boolean https, String metricsToken) {
    /** An origin as a browser names it, with an optional port or any port ({@code :*}), and nothing after it. */
    private static final Pattern ORIGIN =
            Pattern.compile("https?://(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:([0-9]{1,5}|\\*))?");

    public WebSecurity {
        widgetOrigins = List.copyOf(widgetOrigins);
    }

    static WebSecurity read(AppConfig.Reader r) {
        String origins = r.text("EXAMDESK_WIDGET_ORIGINS", "");
        List<String> list = Arrays.stream(origins.split("[\\s,]+"))
                .filter(o -> !o.isBlank())
                .map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o)
                .toList();
        for (String origin : list) {
            if (!ORIGIN.matcher(origin).matches()) {
                throw new ConfigException("EXAMDESK_WIDGET_ORIGINS must list the addresses of the sites that show "
                        + "the chat widget, such as https://www.riverside.example, separated by spaces; '" + origin
                        + "' is not one.");
            }
        }
        String token = r.text("METRICS_TOKEN", null);
        if (token != null && token.length() < 16) {
            throw new ConfigException("METRICS_TOKEN must be at least 16 characters long (a random string).");
        }
        return new WebSecurity(list, r.bool("EXAMDESK_HTTPS", false), token);
    }

    /** Nothing allowed to frame the widget, no HTTPS, metrics off: the defaults. */
    public static WebSecurity defaults() {
        return new WebSecurity(List.of(), false, null);
    }

    @Override
    public String toString() {
        return "WebSecurity[widgetOrigins=" + widgetOrigins + ", https=" + https + ", metricsToken="
                + (metricsToken == null ? "unset" : "set") + "]";
    }
}
