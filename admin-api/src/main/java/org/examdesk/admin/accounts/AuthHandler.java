package org.examdesk.admin.accounts;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where access is enforced: resolves the bearer token and checks it against the
 * {@link Access} the matched route declares. A route that declares none is refused.
 */
public final class AuthHandler implements Handler {
    private static final Logger log = LoggerFactory.getLogger(AuthHandler.class);
    private static final String CALLER = "examdesk.caller";
    private static final String CHANNEL = "examdesk.channel";
    public static final String ON_BEHALF_OF = "X-On-Behalf-Of";
    /** The door a request of this process's own channels came through: web or slack. */
    public static final String CHANNEL_HEADER = "X-ExamDesk-Channel";
    /** The proof that {@link #CHANNEL_HEADER} was set by this process's own channels, not by a client. */
    public static final String CHANNEL_KEY_HEADER = "X-ExamDesk-Channel-Key";

    private static final Set<String> CHANNELS = Set.of("web", "slack", "api");

    private final SessionService sessions;
    private final byte[] channelKey;

    /** {@code channelKey}: the secret the bot's own channels send with the channel they stand for. */
    public AuthHandler(SessionService sessions, String channelKey) {
        this.sessions = sessions;
        this.channelKey = channelKey.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void handle(Context ctx) {
        String channel = door(ctx);
        ctx.attribute(CHANNEL, channel);
        Caller caller = bearer(ctx)
                .flatMap(sessions::resolve)
                .map(c -> c.withChannel(channel))
                .orElse(null);
        String subject = ctx.header(ON_BEHALF_OF);
        if (subject != null) {
            caller = actingFor(caller, subject);
        }
        ctx.attribute(CALLER, caller);
        if (ctx.routeRoles().isEmpty()) {
            log.error("Route {} {} declares no access rule; refusing", ctx.method(), ctx.endpoint().path);
            throw ApiException.forbidden("This endpoint is not open to anyone.");
        }
        if (Access.anyAdmits(ctx.routeRoles(), caller)) {
            return;
        }
        if (caller == null) {
            throw bearer(ctx).isPresent()
                    ? ApiException.unauthorized("Your session has expired or was signed out. Sign in again.")
                    : ApiException.unauthorized("Sign in first: this needs a bearer token.");
        }
        throw ApiException.forbidden("Your role does not allow this.");
    }

    /**
     * The one place that resolves {@code X-On-Behalf-Of}: only an integration's service token may send it, and
     * the request then runs as the linked staff user, audited with the intermediary.
     */
    private Caller actingFor(Caller caller, String subject) {
        if (caller == null) {
            throw ApiException.unauthorized("Acting on behalf of someone needs an integration's service token.");
        }
        if (caller.kind() != Caller.Kind.SERVICE) {
            throw ApiException.forbidden("Only an integration may act on behalf of someone.");
        }
        return sessions.onBehalfOf(caller, subject)
                .orElseThrow(() -> new ApiException(
                        401, "not_linked", "This person has not linked their account to ExamDesk yet.", List.of()));
    }

    /** The caller of the current request, or empty when anonymous. */
    public static Optional<Caller> caller(Context ctx) {
        return Optional.ofNullable(ctx.attribute(CALLER));
    }

    /** The caller of a route that requires one. */
    public static Caller require(Context ctx) {
        return caller(ctx).orElseThrow(() -> ApiException.unauthorized("Sign in first: this needs a bearer token."));
    }

    /** The caller and request id of a route that requires a caller: what services need to audit a change. */
    public static Actor actor(Context ctx) {
        return new Actor(require(ctx), RequestIds.of(ctx));
    }

    public static Optional<String> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /** The channel the current request came through (web, slack or api), as {@link #handle} decided it. */
    public static String channel(Context ctx) {
        String channel = ctx.attribute(CHANNEL);
        return channel == null ? "api" : channel;
    }

    /**
     * Which door a request came through: the web chat or Slack when this process's own channels say so and prove
     * it with the channel key; otherwise (any client, whatever header it sends) the plain API.
     */
    private String door(Context ctx) {
        String key = ctx.header(CHANNEL_KEY_HEADER);
        String given = ctx.header(CHANNEL_HEADER);
        if (key == null || given == null || !MessageDigest.isEqual(channelKey, key.getBytes(StandardCharsets.UTF_8))) {
            return "api";
        }
        String channel = given.toLowerCase(Locale.ROOT);
        return CHANNELS.contains(channel) ? channel : "api";
    }
}
