package org.examdesk.bot.channels.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.examdesk.bot.platform.RequestException;

/**
 * {@code POST /slack/events}: the raw body and headers become a Bolt request, Bolt runs it (its listeners ack at
 * once and leave slow work to the executor), and its status, headers and body are copied back. The signature is
 * checked first (5-minute window): unsigned or stale is 401; a signed body that is neither JSON nor a form is 400.
 */
final class SlackEventsController {
    private final App app;
    private final SlackRequestParser parser;
    private final SlackSignature.Verifier verifier;

    SlackEventsController(App app, String signingSecret) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.verifier = new SlackSignature.Verifier(new SlackSignature.Generator(signingSecret));
    }

    void handle(Context ctx) throws Exception {
        String body = ctx.body();
        String timestamp = ctx.header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP);
        String signature = ctx.header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE);
        if (timestamp == null || signature == null || !verifier.isValid(timestamp, body, signature)) {
            throw RequestException.unauthorized("This request is not signed by Slack, or its signature is too old.");
        }
        Request<?> request = parse(ctx, body);
        if (request == null) {
            throw RequestException.badRequest("This is not a Slack payload: expected JSON or a form.");
        }
        Response response = app.run(request);
        ctx.status(response.getStatusCode());
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> values.forEach(v -> ctx.header(name, v)));
        }
        if (response.getContentType() != null) {
            ctx.contentType(response.getContentType());
        }
        ctx.result(response.getBody() == null ? "" : response.getBody());
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
