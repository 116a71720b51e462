package org.examdesk.bot.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.bot.understanding.Example;
import org.examdesk.bot.understanding.ExampleFile;
import org.examdesk.bot.understanding.Prediction;
import org.examdesk.bot.understanding.Slots;
import org.examdesk.bot.understanding.Understanding;
import org.examdesk.bot.understanding.Understood;

/**
 * Turns one message into replies. Plain Java: channels translate to and from it. It understands what a message
 * is about (the intents the flows declare, learned from their examples), hands it to the guided flow for that
 * task (or to the flow already under way), and sends anything else to the article search. A question about a
 * task is answered from the articles and the task is offered; a request starts it. Buttons carry a nonce so that
 * a button from an earlier step, or from another conversation, is refused; every change is confirmed by the flows
 * before it is made.
 */
public final class ConversationEngine {
    public static final String CANCEL = "cancel";
    static final String START = "start:";
    static final String SWITCH = "switch";
    static final String CARRY_ON = "carry_on";
    /** How sure the classifier must be of a new request before it interrupts a flow under way. */
    static final double INTERRUPT_CONFIDENCE = 0.8;

    /** The replies of a turn and the state to store for the next one. */
    public record Outcome(List<Reply> replies, FlowState state) {}

    private final Understanding understanding;
    private final List<Flow> flows;
    private final Answers answers;

    public ConversationEngine(Understanding understanding, List<Flow> flows, Answers answers) {
        this.understanding = understanding;
        this.flows = List.copyOf(flows);
        this.answers = answers.withTaskArticles(taskArticles(this.flows));
    }

    /** The articles each intent's task is about, as the engine's and the flows' intents files name them. */
    static Map<String, List<String>> taskArticles(List<Flow> flows) {
        Map<String, List<String>> all =
                new HashMap<>(ExampleFile.articlesIn(ConversationEngine.class, "Conversation.intents"));
        flows.forEach(f -> all.putAll(ExampleFile.articlesBeside(f.getClass())));
        return all;
    }

    /** Every example the engine learns from: its own (conversation words, out of scope) and each flow's. */
    public static List<Example> examples(List<Flow> flows) {
        List<Example> all = new ArrayList<>(ExampleFile.resource(ConversationEngine.class, "Conversation.intents"));
        all.addAll(ExampleFile.resource(ConversationEngine.class, "OutOfScope.intents"));
        flows.forEach(f -> all.addAll(f.examples()));
        return all;
    }

    public Outcome handle(
            UUID conversationId,
            Speaker speaker,
            Inbound inbound,
            FlowState state,
            AdminClient.Caller admin,
            AdminClient.Caller service) {
        state.secretAnswerReceived();
        if (inbound.isAction()) {
            return onButton(
                    new Turn(conversationId, speaker, inbound, buttonValue(inbound.action()), state, admin, service),
                    buttonNonce(inbound.action()));
        }
        Turn turn = new Turn(conversationId, speaker, inbound, null, state, admin, service);
        String text = turn.text();
        if (text.isEmpty()) {
            turn.say("Type a question, or say \"help\" to see what I can do.");
        } else if (text.length() > Inbound.MAX_TEXT) {
            turn.say("That message is too long for me (the limit is " + Inbound.MAX_TEXT
                    + " characters). Could you say it more briefly?");
        } else {
            onText(turn, intent(understanding.understand(text)));
        }
        return new Outcome(turn.replies(), state);
    }

    /** Whether a flow may take on files this speaker shares: else a channel need not look into them. */
    public boolean takesFilesFrom(Speaker speaker) {
        return flows.stream().anyMatch(f -> f.takesFilesFrom(speaker));
    }

    /** Whether a flow takes on this shared file for this speaker (else the channel handles it as before). */
    public boolean takes(SharedFile file, Speaker speaker) {
        return flows.stream().anyMatch(f -> f.takes(file, speaker));
    }

    /** Whether the flow active in {@code state} takes this file at its current step (a case being looked at). */
    public boolean takesAt(FlowState state, SharedFile file, Speaker speaker) {
        return active(state).filter(f -> f.takesAt(state, file, speaker)).isPresent();
    }

    /**
     * A shared file that a flow takes: the active flow when it takes it at its step (it goes on), else the first
     * flow that takes it starts on it, leaving whatever was under way.
     */
    public Outcome handleFile(
            UUID conversationId,
            Speaker speaker,
            SharedFile file,
            FlowState state,
            AdminClient.Caller admin,
            AdminClient.Caller service) {
        Inbound sent = Inbound.text(file.text() == null ? "" : file.text());
        Turn turn = new Turn(conversationId, speaker, sent, null, state, admin, service);
        Optional<Flow> active = active(state).filter(f -> f.takesAt(state, file, speaker));
        if (active.isPresent()) {
            active.get().receive(turn, file);
            return new Outcome(turn.replies(), state);
        }
        Flow flow = flows.stream()
                .filter(f -> f.takes(file, speaker))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no flow takes " + file.fileName()));
        state.clear();
        flow.startWith(turn, file);
        return new Outcome(turn.replies(), state);
    }

    private static Intent intent(Understood understood) {
        Prediction p = understood.prediction();
        return new Intent(p.intent(), p.act(), p.confidence(), Entities.extract(understood.text()), understood.text());
    }

    private void onText(Turn turn, Intent intent) {
        FlowState state = turn.state();
        Optional<Flow> active = active(state);
        boolean answersYesOrNo = Slots.yesNo(intent.text()) != Slots.YesNo.UNCLEAR
                && (intent.is(Intent.THANKS) || intent.is(Intent.GREETING) || intent.is(Intent.NONE));
        // a greeting, thanks, call for help or start-over the classifier is unsure of ("status", "remove row 7") is
        // the flow's to read; "cancel", "hi" or "thanks" are sure (0.94 to 1.00)
        boolean unsureAside = (intent.is(Intent.GREETING)
                        || intent.is(Intent.THANKS)
                        || intent.is(Intent.HELP)
                        || intent.is(Intent.START_OVER))
                && intent.confidence() < INTERRUPT_CONFIDENCE;
        if (active.isPresent()
                && (active.get().holdsConversation()
                        || answersYesOrNo
                        || unsureAside
                        || (active.get().expectsText(state) && !intent.is(Intent.START_OVER)))) {
            active.get().resume(turn);
            return;
        }
        switch (intent.name()) {
            case Intent.START_OVER -> {
                boolean wasBusy = state.flow() != null;
                state.clear();
                turn.say(
                        wasBusy
                                ? "Cancelled: nothing was changed. What can I help with?"
                                : "Fine, we start afresh. What can I help with?");
            }
            case Intent.HELP -> answers.help(turn);
            case Intent.GREETING -> answers.greet(turn);
            case Intent.THANKS -> turn.say(
                    active.isPresent() ? "You're welcome. Shall we carry on?" : "You're welcome. Anything else?");
            default -> route(turn, intent, active);
        }
    }

    private void route(Turn turn, Intent intent, Optional<Flow> active) {
        Optional<Flow> starting = intent.is(Intent.NONE)
                ? Optional.empty()
                : flows.stream().filter(f -> f.handles(intent, turn.speaker())).findFirst();
        if (active.isPresent()) {
            boolean unmistakable = starting.isPresent()
                    && starting.get() != active.get()
                    && intent.confidence() >= INTERRUPT_CONFIDENCE
                    && !active.get().continuesWith(intent, turn.state());
            if (unmistakable) {
                askToSwitch(turn, intent);
            } else {
                active.get().resume(turn);
            }
            return;
        }
        if (starting.isEmpty()) {
            // no flow for this speaker: a recognised task still tells which articles the question is about
            answers.answer(turn, intent.text(), intent.is(Intent.NONE) ? null : intent.name(), null);
        } else if (!starting.get().startsNow(turn, intent)) {
            explain(turn, intent, starting.get());
        } else {
            turn.state().clear();
            starting.get().start(turn, intent);
            withArticles(turn, intent);
        }
    }

    /**
     * The task's articles beside a flow just started. A flow that goes on asking gets them before its question, so
     * that the question and its buttons stay last. A flow that ended at once gets them after its answer when it
     * asks for them (its answer is about the task) or when the speaker is not signed in (told to sign in first,
     * they can read in the meantime); not after a refusal to a signed-in person, who would be shown how to do what
     * they may not do, unless the refusal asks for them (learner management: the articles say who may do it). Cards
     * the answer already shows are not repeated, and there are never more than three.
     */
    private void withArticles(Turn turn, Intent intent) {
        boolean confirming = turn.replies().stream().anyMatch(r -> r instanceof Reply.Confirm);
        Set<String> shown = turn.replies().stream()
                .filter(r -> r instanceof Reply.ArticleCard)
                .map(r -> ((Reply.ArticleCard) r).id())
                .collect(Collectors.toSet());
        if (confirming || !shown.isEmpty() && !turn.wantsTaskArticles()) {
            return;
        }
        if (turn.state().flow() != null) {
            answers.beside(turn.speaker(), intent.text(), intent.name()).forEach(turn::insertBeforeLast);
        } else if (turn.wantsTaskArticles() || !turn.speaker().signedIn()) {
            answers.beside(turn.speaker(), intent.text(), intent.name()).stream()
                    .filter(card -> !shown.contains(card.id()))
                    .limit(Math.max(0, ArticleAnswer.MAX_CARDS - shown.size()))
                    .forEach(turn::add);
        }
    }

    /** A question about a task: the facts the flow has, the article, then the task offered. */
    private void explain(Turn turn, Intent intent, Flow flow) {
        turn.state().clear();
        flow.explain(turn, intent);
        String offer = flow.offer(intent);
        Reply.Option start = null;
        if (offer != null) {
            turn.state().notes(new FlowState.Notes(intent.text(), null));
            start = turn.option(offer, START + intent.name());
        }
        answers.answer(turn, intent.text(), intent.name(), start);
    }

    private void askToSwitch(Turn turn, Intent intent) {
        turn.state().notes(turn.state().notes().withPendingText(intent.text()));
        turn.choices(
                "We are in the middle of something else. Shall I leave it and turn to this instead?",
                List.of(turn.option("Yes, leave it", SWITCH), turn.option("No, carry on", CARRY_ON)));
    }

    private static String buttonNonce(String raw) {
        int colon = raw.indexOf(':');
        return colon < 0 ? "" : raw.substring(0, colon);
    }

    private static String buttonValue(String raw) {
        int colon = raw.indexOf(':');
        return colon < 0 ? raw : raw.substring(colon + 1);
    }

    private Outcome onButton(Turn turn, String nonce) {
        FlowState state = turn.state();
        String value = turn.action();
        if (nonce.isEmpty() && Answers.MENU.contains(value)) {
            // a page's own menu button ("Check my own account"): it only starts a flow, so it needs no nonce
            answers.onButton(turn, value, flows);
            return new Outcome(turn.replies(), state);
        }
        if (nonce.isEmpty() || !nonce.equals(state.nonce())) {
            turn.say("That button belongs to an earlier step, so I have not acted on it. What would you like to do?");
            return new Outcome(turn.replies(), state);
        }
        state.rotateNonce(); // a button works once: every button shown so far is spent
        if (value.equals(CANCEL)) {
            state.clear();
            turn.say("Cancelled: nothing was changed. What else can I help with?");
        } else if (value.startsWith(START)) {
            startOffered(turn, value.substring(START.length()));
        } else if (value.equals(SWITCH) && state.notes().pendingText() != null) {
            String pending = state.notes().pendingText();
            state.clear();
            route(turn, intent(understanding.understand(pending)), Optional.empty());
        } else if (value.equals(CARRY_ON)) {
            state.notes(state.notes().withPendingText(null));
            turn.say("Fine, we carry on where we were: answer the last question, or say \"cancel\".");
        } else if (!answers.onButton(turn, value, flows)) {
            Optional<Flow> active = active(state);
            if (active.isPresent()) {
                active.get().resume(turn);
            } else {
                turn.say("That button no longer applies. What would you like to do?");
            }
        }
        return new Outcome(turn.replies(), state);
    }

    private void startOffered(Turn turn, String intentName) {
        String offered = turn.state().notes().offerText();
        String text = offered == null ? "" : offered;
        Intent intent = Intent.chosen(intentName, text);
        Optional<Flow> flow =
                flows.stream().filter(f -> f.handles(intent, turn.speaker())).findFirst();
        turn.state().clear();
        if (flow.isPresent()) {
            flow.get().start(turn, intent);
        } else {
            turn.say("That button no longer applies. What would you like to do?");
        }
    }

    private Optional<Flow> active(FlowState state) {
        String name = state.flow();
        return name == null
                ? Optional.empty()
                : flows.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
