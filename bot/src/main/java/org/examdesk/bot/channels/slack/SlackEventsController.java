package org.examdesk.bot.channels.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.examdesk.bot.platform.RequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events}: the raw body and headers become a Bolt request, Bolt runs it (its listeners ack at
 * once and leave slow work to the executor), and its status, headers and body are copied back. The signature is
 * checked first, and its timestamp must be within 5 minutes of now either way (a replay window, not only a
 * staleness check): unsigned, stale or from the future is 401; a signed body that is neither JSON nor a form is
 * 400; Slack unreachable (Bolt's auth.test) is 503 with one log line.
 */
final class SlackEventsController {
    private static final Logger log = LoggerFactory.getLogger(SlackEventsController.class);
    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final String BOLT_AUTH_TEST = "The token is invalid";

    private final App app;
    private final SlackRequestParser parser;
    private final SlackSignature.Verifier verifier;
    private final Clock clock;

    SlackEventsController(App app, String signingSecret, Clock clock) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.verifier = new SlackSignature.Verifier(new SlackSignature.Generator(signingSecret));
        this.clock = clock;
    }

    void handle(Context ctx) throws Exception {
        String body = ctx.body();
        String timestamp = ctx.header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP);
        String signature = ctx.header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE);
        long now = clock.millis();
        if (timestamp == null
                || signature == null
                || !withinWindow(timestamp, now)
                || !verifier.isValid(timestamp, body, signature, now)) {
            throw RequestException.unauthorized(
                    "This request is not signed by Slack, or its timestamp is more than 5 minutes from now.");
        }
        Request<?> request = parse(ctx, body);
        if (request == null) {
            throw RequestException.badRequest("This is not a Slack payload: expected JSON or a form.");
        }
        Response response = run(request);
        ctx.status(response.getStatusCode());
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> values.forEach(v -> ctx.header(name, v)));
        }
        if (response.getContentType() != null) {
            ctx.contentType(response.getContentType());
        }
        ctx.result(response.getBody() == null ? "" : response.getBody());
    }

    /** Seconds since the epoch, as Slack sends them, no further than {@link #WINDOW} from now, past or future. */
    private static boolean withinWindow(String timestamp, long nowMillis) {
        try {
            long seconds = Long.parseLong(timestamp.trim());
            return Math.abs(nowMillis / 1000 - seconds) <= WINDOW.toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Bolt's answer; Slack out of reach (auth.test) is a 503 and one line in the log, not a 500 and a trace. */
    private Response run(Request<?> request) throws Exception {
        try {
            return app.run(request);
        } catch (Exception e) {
            String unreachable = unreachable(e);
            if (unreachable == null) {
                throw e;
            }
            log.warn("Slack could not be reached, so a signed request was answered 503: {}", unreachable);
            throw new RequestException(
                    503, "unavailable", "Slack cannot be reached just now; Slack will retry this request.", List.of());
        }
    }

    /**
     * What went wrong when it means Slack's Web API is out of reach: an I/O failure, or Bolt's start on the first
     * request, whose auth.test failure (a refused connection included) it reports as "The token is invalid".
     */
    private static String unreachable(Exception e) {
        if (e instanceof IllegalArgumentException
                && String.valueOf(e.getMessage()).startsWith(BOLT_AUTH_TEST)) {
            return e.getMessage();
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return io.toString();
            }
        }
        return null;
    }

    private Request<?> parse(Context ctx, String body) {
        Map<String, List<String>> headers = new HashMap<>();
        ctx.headerMap().forEach((name, value) -> headers.put(name, List.of(value)));
        try {
            return parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(ctx.path())
                    .queryString(ctx.queryParamMap())
                    .headers(new RequestHeaders(headers))
                    .requestBody(body)
                    .remoteAddress(ctx.ip())
                    .build());
        } catch (RuntimeException e) { // malformed JSON inside a form or a body
            return null;
        }
    }
}
