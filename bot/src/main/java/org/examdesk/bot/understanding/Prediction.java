package org.examdesk.bot.understanding;

import java.util.List;

/**
 * What the classifier makes of a message: the intent ({@link IntentModel#NONE} when it is none of the flows'
 * intents, or not confidently one), its probability, the act, and the runners-up.
 */
public record Prediction(String intent, double confidence, Act act, double actConfidence, List<Scored> ranked) {
    public record Scored(String intent, double probability) {}

    public boolean isNone() {
        return IntentModel.NONE.equals(intent);
    }
}
