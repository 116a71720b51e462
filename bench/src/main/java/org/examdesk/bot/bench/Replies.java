package org.examdesk.bot.bench;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.examdesk.bot.engine.Reply;

/** Reading a turn's replies as a person would: the words shown and the buttons offered. */
final class Replies {
    private Replies() {}

    static String text(List<Reply> replies) {
        StringBuilder words = new StringBuilder();
        for (Reply reply : replies) {
            if (reply instanceof Reply.Text t) {
                words.append(t.text()).append('\n');
            } else if (reply instanceof Reply.Choices c) {
                words.append(c.prompt()).append('\n');
            } else if (reply instanceof Reply.Confirm c) {
                words.append(c.summary()).append('\n');
            }
        }
        return words.toString();
    }

    static Stream<Reply.Option> options(List<Reply> replies) {
        return replies.stream()
                .flatMap(r -> r instanceof Reply.Choices c
                        ? c.options().stream()
                        : r instanceof Reply.Confirm c ? c.options().stream() : Stream.empty());
    }

    /** The value of the first button whose label contains {@code label} (empty label: the first button). */
    static Optional<String> button(List<Reply> replies, String label) {
        return options(replies)
                .filter(o -> o.label().contains(label))
                .map(Reply.Option::value)
                .findFirst();
    }
}
