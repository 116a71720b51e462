package org.examdesk.bot.engine;

import java.util.List;
import org.examdesk.bot.understanding.Example;
import org.examdesk.bot.understanding.ExampleFile;

/**
 * A guided conversation for one kind of task (fix a student's account, open a case, ...). A flow declares the
 * intents it starts on with their example utterances, in the resource {@code <FlowClass>.intents} beside it; the
 * engine learns them at start-up, so adding a flow adds a class and a file and the engine does not change. The
 * engine starts a flow when it recognises one of its intents and hands it every later message until it ends or
 * the user cancels.
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

    /** The intents this flow starts on, with their examples (from {@code <FlowClass>.intents}). */
    default List<Example> examples() {
        return ExampleFile.beside(getClass());
    }

    /** Whether every message goes to this flow while it is active, whatever it says (a live chat with an agent). */
    default boolean holdsConversation() {
        return false;
    }

    /**
     * Whether the current step waits for free text (a description, an address, a name): then whatever is typed is
     * the answer, and only "cancel" or an unmistakable new request (which the engine asks about) interrupts.
     */
    default boolean expectsText(FlowState state) {
        return false;
    }

    /**
     * For a question about this flow's task ("how do I reactivate a student?"): facts from the data said before
     * the article (the opening date of a series, say). Nothing by default.
     */
    default void explain(Turn turn, Intent intent) {}

    /**
     * Whether the message starts the task now, or is answered from the articles with the task offered. By default
     * a request starts it and a question is explained; a flow may know better ("why can't Zoë log in?" names a
     * student, so it starts; "student locked out" names nobody, so it is explained).
     */
    default boolean startsNow(Turn turn, Intent intent) {
        return !intent.asksHow();
    }

    /** The next step offered after a question about this task is answered, e.g. "Shall I reactivate one now?". */
    default String offer(Intent intent) {
        return null;
    }

    /**
     * Whether a request another flow would start on ("reactivate all of these") is instead this flow's next step, so
     * that it is not asked about as an interruption. No by default.
     */
    default boolean continuesWith(Intent intent, FlowState state) {
        return false;
    }

    /** Whether this flow may take on files this speaker shares (then {@link #takes} looks at the file). */
    default boolean takesFilesFrom(Speaker speaker) {
        return false;
    }

    /**
     * Whether this flow takes on a file the speaker shared in the conversation (a learner group's file, told by its
     * columns). A file no flow takes goes to the channel's own handling (the students import).
     */
    default boolean takes(SharedFile file, Speaker speaker) {
        return false;
    }

    /** The first turn on a shared file this flow takes. */
    default void startWith(Turn turn, SharedFile file) {}

    /**
     * Whether this flow, active at its current step in {@code state}, takes a file the speaker shares there (a case
     * being looked at takes it as an attachment): then {@link #receive} gets it, before any flow's {@link #takes}.
     */
    default boolean takesAt(FlowState state, SharedFile file, Speaker speaker) {
        return false;
    }

    /** A turn on a shared file that this active flow takes at its step ({@link #takesAt}); the flow stays active. */
    default void receive(Turn turn, SharedFile file) {}
}
