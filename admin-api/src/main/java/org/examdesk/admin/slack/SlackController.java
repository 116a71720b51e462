package org.examdesk.admin.slack;

import io.javalin.http.Context;
import java.util.Map;
import org.examdesk.admin.accounts.AuthHandler;

/**
 * {@code /api/v1/me/slack-link-codes} for signed-in staff, and the bot's service endpoints under
 * {@code /api/v1/slack}: link a Slack user, unlink, claim an event id, find a Slack conversation, keep where each
 * case sits in the agents' channel, and find the Slack users a staff user is.
 */
final class SlackController {
    record RedeemRequest(String teamId, String slackUserId, String code) {}

    record EmailLinkRequest(String teamId, String slackUserId, String email) {}

    record EventRequest(String eventId) {}

    record ConversationRequest(String teamId, String slackUserId, String channelId) {}

    record CasePostRequest(String channelId, String ts) {}

    private final SlackLinkService links;
    private final SlackBotService bot;
    private final SlackCasePosts posts;

    SlackController(SlackLinkService links, SlackBotService bot, SlackCasePosts posts) {
        this.links = links;
        this.bot = bot;
        this.posts = posts;
    }

    void issueCode(Context ctx) {
        ctx.status(201).json(links.issueCode(AuthHandler.actor(ctx)));
    }

    void redeem(Context ctx) {
        RedeemRequest request = ctx.bodyAsClass(RedeemRequest.class);
        SlackUser slack = SlackUser.checked(request.teamId(), request.slackUserId());
        ctx.status(201).json(links.redeem(AuthHandler.actor(ctx), slack, request.code()));
    }

    void linkByEmail(Context ctx) {
        EmailLinkRequest request = ctx.bodyAsClass(EmailLinkRequest.class);
        SlackUser slack = SlackUser.checked(request.teamId(), request.slackUserId());
        ctx.status(201).json(links.linkByEmail(AuthHandler.actor(ctx), slack, request.email()));
    }

    void unlink(Context ctx) {
        links.unlink(AuthHandler.actor(ctx), SlackUser.checked(ctx.pathParam("team"), ctx.pathParam("user")));
        ctx.status(204);
    }

    void claimEvent(Context ctx) {
        ctx.json(Map.of(
                "firstDelivery",
                bot.firstDelivery(ctx.bodyAsClass(EventRequest.class).eventId())));
    }

    void conversation(Context ctx) {
        ConversationRequest request = ctx.bodyAsClass(ConversationRequest.class);
        SlackUser slack = SlackUser.checked(request.teamId(), request.slackUserId());
        ctx.json(Map.of("id", bot.conversation(slack, request.channelId())));
    }

    void savePost(Context ctx) {
        CasePostRequest request = ctx.bodyAsClass(CasePostRequest.class);
        posts.save(ctx.pathParam("number"), request.channelId(), request.ts());
        ctx.status(204);
    }

    void postOf(Context ctx) {
        ctx.json(posts.of(ctx.pathParam("number")));
    }

    void postAt(Context ctx) {
        ctx.json(posts.at(ctx.queryParam("channelId"), ctx.queryParam("ts")));
    }

    void linksOf(Context ctx) {
        ctx.json(posts.linksOf(ctx.queryParam("userId")));
    }
}
