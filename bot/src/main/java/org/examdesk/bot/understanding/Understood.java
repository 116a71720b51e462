package org.examdesk.bot.understanding;

/** A message with what the classifier made of it and its embedding. */
public record Understood(String text, Prediction prediction, float[] vector) {}
