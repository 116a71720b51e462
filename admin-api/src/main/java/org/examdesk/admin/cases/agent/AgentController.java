package org.examdesk.admin.cases.agent;

import io.javalin.http.Context;
import java.util.Map;
import org.examdesk.admin.accounts.AuthHandler;
import org.examdesk.admin.cases.CaseReader;
import org.examdesk.admin.web.Idempotency;

/** Agents' endpoints: the queue, claiming, replying, changing status, logging a call. */
public final class AgentController {
    record ReplyRequest(String text) {}

    record StatusRequest(String status, String note) {}

    record CallRequest(String note) {}

    private final AgentQueue queue;
    private final AgentService agents;
    private final CaseReader reader;

    public AgentController(AgentQueue queue, AgentService agents, CaseReader reader) {
        this.queue = queue;
        this.agents = agents;
        this.reader = reader;
    }

    public void queue(Context ctx) {
        ctx.json(queue.page(
                ctx.queryParam("queue"),
                ctx.queryParam("status"),
                ctx.queryParam("page"),
                ctx.queryParam("after"),
                CaseReader.size(ctx.queryParam("size"))));
    }

    public void queues(Context ctx) {
        ctx.json(Map.of("queues", queue.queues()));
    }

    public void claim(Context ctx) {
        ctx.json(agents.claim(AuthHandler.actor(ctx), ctx.pathParam("number"), reader));
    }

    public void reply(Context ctx) {
        ReplyRequest request = ctx.bodyAsClass(ReplyRequest.class);
        boolean replayed = agents.reply(
                AuthHandler.actor(ctx),
                ctx.pathParam("number"),
                request == null ? null : request.text(),
                ctx.header(Idempotency.HEADER));
        answer(ctx, 201, replayed);
    }

    public void status(Context ctx) {
        StatusRequest request = ctx.bodyAsClass(StatusRequest.class);
        boolean replayed = agents.setStatus(
                AuthHandler.actor(ctx),
                ctx.pathParam("number"),
                request == null ? null : request.status(),
                request == null ? null : request.note(),
                ctx.header(Idempotency.HEADER));
        answer(ctx, 200, replayed);
    }

    public void logCall(Context ctx) {
        CallRequest request = ctx.body().isBlank() ? null : ctx.bodyAsClass(CallRequest.class);
        boolean replayed = agents.logCall(
                AuthHandler.actor(ctx),
                ctx.pathParam("number"),
                request == null ? null : request.note(),
                ctx.header(Idempotency.HEADER));
        answer(ctx, 201, replayed);
    }

    /** The case as it is now; a replayed change is marked with {@code Idempotent-Replayed: true}. */
    private void answer(Context ctx, int status, boolean replayed) {
        if (replayed) {
            ctx.header("Idempotent-Replayed", "true");
        }
        ctx.status(status).json(reader.details(AuthHandler.require(ctx), ctx.pathParam("number")));
    }
}
