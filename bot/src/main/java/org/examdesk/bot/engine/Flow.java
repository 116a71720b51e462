package org.examdesk.bot.engine;

/**
 * A guided conversation for one kind of task (fix a student's account, open a case, ...). The engine starts a
 * flow when it recognises the task and hands every later message to it until the flow ends or the user cancels.
 */
public interface Flow {
    /** The name stored in the conversation state. */
    String name();

    /** Whether this flow takes on the recognised intent for this speaker. */
    boolean handles(Intent intent, Speaker speaker);

    /** First turn: gather what is missing, or propose what to do. */
    void start(Turn turn, Intent intent);

    /** A later turn while this flow is active: the user's text or the button value they pressed. */
    void resume(Turn turn);

    /** Whether every message goes to this flow while it is active, whatever it says (a live chat with an agent). */
    default boolean holdsConversation() {
        return false;
    }
}
