package org.examdesk.bot.engine;

import java.util.List;

/** The answer to one turn, typed so that each reply carries its {@code "type"} when written as JSON. */
public record Replies(List<Reply> replies) {}
