package org.examdesk.bot.understanding;

/** One labelled utterance: what it is about, whether it asks or requests, and the words. */
public record Example(String intent, Act act, String text) {}
