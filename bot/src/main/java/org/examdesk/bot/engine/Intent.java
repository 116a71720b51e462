package org.examdesk.bot.engine;

import org.examdesk.bot.understanding.Act;
import org.examdesk.bot.understanding.IntentModel;

/**
 * What a message is about, as the classifier understood it: the intent's name (declared by the flow that handles
 * it, in its examples file), whether it asks how or asks for it to be done, how sure the classifier is, and the
 * things the message names.
 */
public record Intent(String name, Act act, double confidence, Entities entities, String text) {
    /** The engine's own intents (engine/Conversation.intents) and the one for everything else. */
    public static final String GREETING = "greeting";

    public static final String THANKS = "thanks";
    public static final String HELP = "help";
    public static final String START_OVER = "start_over";
    public static final String NONE = IntentModel.NONE;

    /** An intent chosen by a button rather than understood from words. */
    public static Intent chosen(String name, String text) {
        return new Intent(name, Act.DO, 1.0, Entities.extract(text), text);
    }

    public boolean is(String wanted) {
        return name.equals(wanted);
    }

    public boolean asksHow() {
        return act == Act.HOW;
    }
}
