package org.examdesk.bot.flows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.ClientModels.Centre;
import org.examdesk.admin.client.ClientModels.User;
import org.examdesk.bot.engine.Answers;
import org.examdesk.bot.engine.ConversationEngine;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.FlowState;
import org.examdesk.bot.engine.Inbound;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.SharedFile;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.understanding.HashingEmbedder;
import org.examdesk.bot.understanding.Understanding;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.KnowledgeConfig;

/**
 * Some flows in the engine, as one speaker, in one conversation: the engine's own examples and the flows', learned
 * over the stand-in embedding, and the real articles. No server, no database, no model: the flows reach the admin
 * API through fakes. The state goes through its stored JSON between turns, as it does through the database.
 */
public final class FlowRig implements AutoCloseable {
    public static final Centre RIVERSIDE = new Centre(1, "40123", "Riverside Academy");

    /** Built but never used to send: the flows reach the admin API through fakes. */
    private final AdminClient.Caller caller = new AdminClient(
                    URI.create("http://127.0.0.1:9/"), HttpClient.newHttpClient(), new ObjectMapper())
            .as("token", "test");

    private final UUID conversation = UUID.randomUUID();
    private final Speaker speaker;
    private final KnowledgeBase knowledge;
    private final ConversationEngine engine;
    private FlowState state = FlowState.of(null);
    private List<Reply> last = List.of();

    /** One flow, as the demo exams officer. */
    public FlowRig(Flow flow) throws Exception {
        this(officer(), knowledge -> List.of(flow));
    }

    /** The flows {@code flows} makes (given the articles, for flows that show them), as {@code speaker}. */
    public FlowRig(Speaker speaker, Function<KnowledgeBase, List<Flow>> flows) throws Exception {
        this.speaker = speaker;
        this.knowledge = KnowledgeBase.open(new KnowledgeConfig(Path.of("../articles"), Map.of(), false));
        List<Flow> made = flows.apply(knowledge);
        this.engine = new ConversationEngine(
                Understanding.trainForStandIn(ConversationEngine.examples(made), new HashingEmbedder()),
                made,
                new Answers(knowledge));
    }

    /** The demo exams officer of Riverside Academy. */
    public static Speaker officer() {
        return staff("EXAMS_OFFICER");
    }

    public static Speaker staff(String role) {
        return new Speaker("token", new User(1, "Priya Shah", "STAFF", List.of(role), RIVERSIDE));
    }

    public static Speaker student() {
        return new Speaker("student-token", new User(7, "Zoë Łukasiewicz", "STUDENT", List.of(), RIVERSIDE));
    }

    public List<Reply> send(Inbound inbound) {
        ConversationEngine.Outcome outcome = engine.handle(conversation, speaker, inbound, state, caller, caller);
        state = FlowState.of(outcome.state().toJson());
        last = outcome.replies();
        return last;
    }

    /** Shares a file in the conversation, as the web chat's upload or a Slack direct message does. */
    public List<Reply> share(SharedFile file) {
        ConversationEngine.Outcome outcome = engine.handleFile(conversation, speaker, file, state, caller, caller);
        state = FlowState.of(outcome.state().toJson());
        last = outcome.replies();
        return last;
    }

    /** Whether a flow takes the file on (else the channel imports it as students). */
    public boolean takes(SharedFile file) {
        return engine.takes(file, speaker);
    }

    /** Whether the active flow takes the file at its step (a case being looked at). */
    public boolean takesAt(SharedFile file) {
        return engine.takesAt(state, file, speaker);
    }

    public List<Reply> say(String text) {
        return send(Inbound.text(text));
    }

    /** Presses the button whose label contains {@code label} among the latest replies. */
    public List<Reply> press(String label) {
        return send(Inbound.action(option(last, label)));
    }

    /** Sends the form of the latest replies with {@code values}. */
    public List<Reply> submit(Map<String, String> values) {
        Reply.Form form = last.stream()
                .filter(r -> r instanceof Reply.Form)
                .map(r -> (Reply.Form) r)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No form in " + last));
        return send(Inbound.form(form.submit().value(), values));
    }

    /** Sends the list to tick of the latest replies with exactly the options whose labels contain {@code labels}. */
    public List<Reply> tick(String... labels) {
        Reply.Picks picks = last.stream()
                .filter(r -> r instanceof Reply.Picks)
                .map(r -> (Reply.Picks) r)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No list to tick in " + last));
        List<String> ticked = picks.options().stream()
                .filter(o -> Stream.of(labels).anyMatch(o.label()::contains))
                .map(Reply.Option::value)
                .toList();
        return send(Inbound.form(picks.submit().value(), Map.of(picks.field(), String.join("\n", ticked))));
    }

    /** Carries on a conversation from its stored state, as after a restart (or one stored by an earlier version). */
    public void restore(JsonNode stored) {
        state = FlowState.of(stored);
    }

    /** The flow state as stored after the latest turn. */
    public FlowState state() {
        return state;
    }

    /** The value of the confirm button among the replies. */
    public static String yes(List<Reply> replies) {
        return replies.stream()
                .filter(r -> r instanceof Reply.Confirm)
                .map(r -> ((Reply.Confirm) r).options().get(0).value())
                .findFirst()
                .orElseThrow();
    }

    private static String option(List<Reply> replies, String label) {
        return replies.stream()
                .flatMap(FlowRig::options)
                .filter(o -> o.label().contains(label))
                .map(Reply.Option::value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No button \"" + label + "\" in " + replies));
    }

    private static Stream<Reply.Option> options(Reply reply) {
        if (reply instanceof Reply.Choices c) {
            return c.options().stream();
        }
        if (reply instanceof Reply.Confirm c) {
            return c.options().stream();
        }
        return Stream.empty();
    }

    @Override
    public void close() {
        knowledge.close();
    }
}
