package org.examdesk.bot.flows.students;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.ClientModels.User;
import org.examdesk.admin.web.Json;
import org.examdesk.bot.engine.Answers;
import org.examdesk.bot.engine.ConversationEngine;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.FlowState;
import org.examdesk.bot.engine.Inbound;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.understanding.HashingEmbedder;
import org.examdesk.bot.understanding.Understanding;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.KnowledgeConfig;

/**
 * One student flow in the engine, as the demo exams officer, in one conversation: the engine's own examples and
 * the flow's, learned over the stand-in embedding, and the real articles. No server, no database, no model.
 */
final class FlowRig implements AutoCloseable {
    private final Speaker officer = new Speaker("token", new User(1, "Priya Shah", "STAFF", List.of("EXAMS_OFFICER"),
            FakeStudentAccounts.RIVERSIDE));
    /** Built but never used to send: the flow reaches students through a fake. */
    private final AdminClient.Caller caller = new AdminClient(URI.create("http://127.0.0.1:9/"), HttpClient.newHttpClient(),
            Json.mapper()).as("token", "test");
    private final UUID conversation = UUID.randomUUID();
    private final KnowledgeBase knowledge;
    private final ConversationEngine engine;
    private FlowState state = FlowState.of(null);

    FlowRig(Flow flow) throws Exception {
        this.knowledge = KnowledgeBase.open(new KnowledgeConfig(Path.of("../articles"), Map.of(), false));
        this.engine = new ConversationEngine(Understanding.train(ConversationEngine.examples(List.of(flow)),
                new HashingEmbedder(), null), List.of(flow), new Answers(knowledge));
    }

    List<Reply> send(Inbound inbound) {
        ConversationEngine.Outcome outcome = engine.handle(conversation, officer, inbound, state, caller, caller);
        state = FlowState.of(outcome.state().toJson());
        return outcome.replies();
    }

    /** The value of the confirm button among the replies. */
    static String yes(List<Reply> replies) {
        return replies.stream().filter(r -> r instanceof Reply.Confirm)
                .map(r -> ((Reply.Confirm) r).options().get(0).value()).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        knowledge.close();
    }
}
