package org.examdesk.bot.understanding;

/** Whether a message asks how something works or asks for it to be done. */
public enum Act {
    /** "reactivate Sam Patel": do it. */
    DO,
    /** "how do I reactivate a student?": explain it. */
    HOW
}
