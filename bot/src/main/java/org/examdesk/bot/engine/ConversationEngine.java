package org.examdesk.bot.engine;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.examdesk.admin.client.AdminClient;

/**
 * Turns one message into replies. Plain Java: channels translate to and from it. It recognises what a message
 * is about, hands it to the guided flow for that task (or to the flow already under way), and sends anything
 * else to the article search. Buttons carry a nonce so that a button from an earlier step, or from another
 * conversation, is refused; every change is confirmed by the flows before it is made.
 */
public final class ConversationEngine {
    public static final String CANCEL = "cancel";

    /** The replies of a turn and the state to store for the next one. */
    public record Outcome(List<Reply> replies, FlowState state) {
    }

    private final IntentRecognizer recognizer;
    private final List<Flow> flows;
    private final Answers answers;

    public ConversationEngine(IntentRecognizer recognizer, List<Flow> flows, Answers answers) {
        this.recognizer = recognizer;
        this.flows = List.copyOf(flows);
        this.answers = answers;
    }

    public Outcome handle(UUID conversationId, Speaker speaker, Inbound inbound, FlowState state,
                          AdminClient.Caller admin, AdminClient.Caller service) {
        if (inbound.isAction()) {
            return onButton(new Turn(conversationId, speaker, inbound, buttonValue(inbound.action()), state, admin,
                    service), buttonNonce(inbound.action()));
        }
        Turn turn = new Turn(conversationId, speaker, inbound, null, state, admin, service);
        String text = turn.text();
        if (text.isEmpty()) {
            turn.say("Type a question, or say \"help\" to see what I can do.");
        } else if (text.length() > Inbound.MAX_TEXT) {
            turn.say("That message is too long for me (the limit is " + Inbound.MAX_TEXT
                    + " characters). Could you say it more briefly?");
        } else {
            onText(turn, recognizer.recognise(text, speaker.isStaff()));
        }
        return new Outcome(turn.replies(), state);
    }

    private void onText(Turn turn, Intent intent) {
        FlowState state = turn.state();
        switch (intent.kind()) {
            case START_OVER -> {
                boolean wasBusy = state.flow() != null;
                state.clear();
                turn.say(wasBusy ? "Cancelled: nothing was changed. What can I help with?"
                        : "Fine, we start afresh. What can I help with?");
            }
            case HELP -> answers.help(turn);
            case GREETING -> answers.greet(turn);
            case THANKS -> turn.say("You're welcome. Anything else?");
            default -> route(turn, intent);
        }
    }

    private void route(Turn turn, Intent intent) {
        Optional<Flow> active = active(turn.state());
        boolean newTask = intent.kind() != Intent.Kind.QUESTION;
        if (active.isPresent() && !newTask) {
            active.get().resume(turn);
            return;
        }
        Optional<Flow> starting = flows.stream().filter(f -> f.handles(intent, turn.speaker())).findFirst();
        if (starting.isPresent()) {
            turn.state().clear();
            starting.get().start(turn, intent);
        } else if (active.isPresent()) {
            active.get().resume(turn);
        } else {
            answers.answer(turn, intent.text());
        }
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
        if (nonce.isEmpty() || !nonce.equals(state.nonce())) {
            turn.say("That button belongs to an earlier step, so I have not acted on it. What would you like to do?");
            return new Outcome(turn.replies(), state);
        }
        state.rotateNonce(); // a button works once: every button shown so far is spent
        if (value.equals(CANCEL)) {
            state.clear();
            turn.say("Cancelled: nothing was changed. What else can I help with?");
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

    private Optional<Flow> active(FlowState state) {
        String name = state.flow();
        return name == null ? Optional.empty() : flows.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
