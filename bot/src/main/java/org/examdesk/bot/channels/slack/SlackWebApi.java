package org.examdesk.bot.channels.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import com.slack.api.model.File;
import com.slack.api.model.User;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack Web API calls the bot makes, with the bot token. A 429 answer is retried after the Retry-After
 * seconds Slack gives (at most {@link #MAX_ATTEMPTS} tries; a wait longer than {@link #MAX_WAIT} gives up): this
 * runs on the background executor, never on the thread that acknowledges Slack.
 */
public final class SlackWebApi {
    static final int MAX_ATTEMPTS = 3;
    static final Duration MAX_WAIT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(SlackWebApi.class);

    /** Waits between attempts; tests may pass a recording one. */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws IOException, SlackApiException;
    }

    private final MethodsClient methods;
    private final String botToken;
    private final URI apiBase;
    private final HttpClient http;
    private final Sleeper sleeper;

    public SlackWebApi(Slack slack, String botToken, URI apiBase, HttpClient http, Sleeper sleeper) {
        this.methods = slack.methods(botToken);
        this.botToken = botToken;
        this.apiBase = apiBase;
        this.http = http;
        this.sleeper = sleeper;
    }

    /** Posts a message and answers its ts (null if Slack refused). */
    public String postMessage(Place place, String text, List<LayoutBlock> blocks) {
        return call(
                        "chat.postMessage",
                        () -> methods.chatPostMessage(r -> r.channel(place.channelId())
                                .threadTs(place.threadTs())
                                .text(text)
                                .blocks(blocks)))
                .getTs();
    }

    public void postEphemeral(String channelId, String userId, String text) {
        call(
                "chat.postEphemeral",
                () -> methods.chatPostEphemeral(
                        r -> r.channel(channelId).user(userId).text(text)));
    }

    public void update(String channelId, String ts, String text, List<LayoutBlock> blocks) {
        call(
                "chat.update",
                () -> methods.chatUpdate(
                        r -> r.channel(channelId).ts(ts).text(text).blocks(blocks)));
    }

    /** Adds an emoji reaction to a message (e.g. to show an agent's thread reply reached the requester). */
    public void react(String channelId, String ts, String emoji) {
        call(
                "reactions.add",
                () -> methods.reactionsAdd(
                        r -> r.channel(channelId).timestamp(ts).name(emoji)));
    }

    public void openView(String triggerId, View view) {
        call("views.open", () -> methods.viewsOpen(r -> r.triggerId(triggerId).view(view)));
    }

    /** Replaces an open modal; {@code hash} makes Slack refuse the update if the view changed meanwhile. */
    public void updateView(String viewId, String hash, View view) {
        call(
                "views.update",
                () -> methods.viewsUpdate(r -> r.viewId(viewId).hash(hash).view(view)));
    }

    public void publishHome(String userId, View view) {
        call("views.publish", () -> methods.viewsPublish(r -> r.userId(userId).view(view)));
    }

    public Optional<User> user(String userId) {
        return Optional.ofNullable(
                call("users.info", () -> methods.usersInfo(r -> r.user(userId))).getUser());
    }

    public Optional<File> file(String fileId) {
        return Optional.ofNullable(
                call("files.info", () -> methods.filesInfo(r -> r.file(fileId))).getFile());
    }

    /** The DM channel with a user. */
    public String openDm(String userId) {
        return call("conversations.open", () -> methods.conversationsOpen(r -> r.users(List.of(userId))))
                .getChannel()
                .getId();
    }

    /**
     * Uploads a file into one conversation ({@code channelId}, e.g. a person's DM) with a comment, in Slack's three
     * steps: ask for an upload address, send the bytes there, complete the upload into that conversation only. The
     * bytes go only to Slack's own hosts (or the configured API host).
     */
    public void upload(String channelId, String fileName, byte[] content, String comment) {
        FilesGetUploadURLExternalResponse target = call(
                "files.getUploadURLExternal",
                () -> methods.filesGetUploadURLExternal(
                        r -> r.filename(fileName).length(content.length)));
        if (!target.isOk() || target.getUploadUrl() == null) {
            throw new IllegalStateException("Slack gave no upload address: " + target.getError());
        }
        URI uri = slackHost(target.getUploadUrl());
        send(
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/octet-stream")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(content)),
                "file upload");
        boolean done = call(
                        "files.completeUploadExternal",
                        () -> methods.filesCompleteUploadExternal(r -> r.files(List.of(FileDetails.builder()
                                        .id(target.getFileId())
                                        .title(fileName)
                                        .build()))
                                .channelId(channelId)
                                .initialComment(comment)))
                .isOk();
        if (!done) {
            throw new IllegalStateException("Slack did not complete the upload of " + fileName);
        }
    }

    /** Answers through a {@code response_url}: visible only to the person who asked. */
    public void respond(String responseUrl, String text, List<LayoutBlock> blocks) {
        String json = GsonFactory.createSnakeCase()
                .toJson(ActionResponse.builder()
                        .responseType("ephemeral")
                        .replaceOriginal(false)
                        .text(text)
                        .blocks(blocks)
                        .build());
        send(
                HttpRequest.newBuilder(URI.create(responseUrl))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                "response_url");
    }

    /**
     * Downloads a file Slack hosts ({@code url_private}) with the bot token; the token goes only to Slack's own
     * hosts (or the configured API host), and at most {@code maxBytes} are read.
     */
    public byte[] download(String url, int maxBytes) {
        URI uri = slackHost(url);
        HttpResponse<byte[]> response = send(
                HttpRequest.newBuilder(uri)
                        .header("Authorization", "Bearer " + botToken)
                        .GET(),
                "file download");
        if (response.body().length > maxBytes) {
            throw new IllegalStateException("The file is larger than " + maxBytes + " bytes");
        }
        return response.body();
    }

    /** The address, if it is on Slack's own hosts (or the configured API host): nothing is sent anywhere else. */
    private URI slackHost(String url) {
        URI uri = URI.create(url);
        String host = uri.getHost() == null ? "" : uri.getHost();
        if (!host.equals("slack.com") && !host.endsWith(".slack.com") && !host.equals(apiBase.getHost())) {
            throw new IllegalArgumentException("Refusing to send the bot token or a file to " + host);
        }
        return uri;
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request, String what) {
        try {
            HttpResponse<byte[]> response =
                    http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() >= 400) {
                throw new IllegalStateException("Slack " + what + " answered " + response.statusCode());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling Slack", e);
        }
    }

    private <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                T response = call.run();
                if (!response.isOk()) {
                    log.warn("Slack {} answered ok=false: {}", method, response.getError());
                }
                return response;
            } catch (SlackApiException e) {
                Duration wait = retryAfter(e.getResponse().header("Retry-After"));
                if (e.getResponse().code() != 429 || attempt >= MAX_ATTEMPTS || wait.compareTo(MAX_WAIT) > 0) {
                    throw new IllegalStateException(
                            "Slack " + method + " failed: " + e.getResponse().code(), e);
                }
                waitFor(wait, method);
            } catch (IOException e) {
                throw new UncheckedIOException("Slack " + method + " could not be reached", e);
            }
        }
    }

    private void waitFor(Duration wait, String method) {
        log.warn("Slack rate-limited {}; retrying after {} s", method, wait.toSeconds());
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting out Slack's rate limit", e);
        }
    }

    static Duration retryAfter(String header) {
        try {
            long seconds = header == null ? 1 : Long.parseLong(header.trim());
            return Duration.ofSeconds(Math.max(1, seconds));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }
}
