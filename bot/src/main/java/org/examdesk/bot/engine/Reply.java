package org.examdesk.bot.engine;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** One thing the bot says. Channels render these; the engine knows nothing of how. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Reply.Text.class, name = "text"),
    @JsonSubTypes.Type(value = Reply.ArticleCard.class, name = "article"),
    @JsonSubTypes.Type(value = Reply.Choices.class, name = "choices"),
    @JsonSubTypes.Type(value = Reply.Confirm.class, name = "confirm"),
    @JsonSubTypes.Type(value = Reply.CaseCard.class, name = "case"),
    @JsonSubTypes.Type(value = Reply.Table.class, name = "table"),
    @JsonSubTypes.Type(value = Reply.Form.class, name = "form"),
    @JsonSubTypes.Type(value = Reply.Picks.class, name = "picks"),
    @JsonSubTypes.Type(value = Reply.Files.class, name = "files"),
    @JsonSubTypes.Type(value = Reply.PrivateFile.class, name = "file"),
    @JsonSubTypes.Type(value = Reply.SignedIn.class, name = "signin")
})
public sealed interface Reply {
    /** A button: what it says and the value sent back when pressed. */
    record Option(String label, String value) {}

    record Text(String text) implements Reply {}

    record ArticleCard(String id, String title, String url, String snippet) implements Reply {}

    record Choices(String prompt, List<Option> options) implements Reply {}

    record Confirm(String summary, List<Option> options) implements Reply {}

    record CaseCard(String number, String status) implements Reply {}

    /** A table (e.g. the rows an import rejected); {@code downloadUrl}, when set, fetches the rows as a file. */
    record Table(String title, List<String> columns, List<List<String>> rows, String downloadUrl) implements Reply {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * One field of a {@link Form}: its name (the key of the value sent back), label, kind ({@code text},
     * {@code textarea} or {@code email}), the value already known (or null), whether it must be filled, and its
     * longest allowed length.
     */
    record Field(String name, String label, String kind, String value, boolean required, int maxLength) {}

    /**
     * A form filled in at once and sent with its {@code submit} button. A channel that cannot show forms shows
     * {@code fallback} instead: a question the person answers by typing, one field at a time.
     */
    record Form(String prompt, String fallback, Option submit, List<Field> fields) implements Reply {
        public Form {
            fields = List.copyOf(fields);
        }
    }

    /**
     * A list the person ticks (any number of its options, none too), sent at once with its {@code submit} button: the
     * ticked options' values come back as {@code values[field]}, one a line ({@link Turn#picked}). An option's value
     * here is plain data, not a button; the submit button carries the nonce. {@code ticked} holds the values ticked
     * when it is shown. At most {@link #MAX_OPTIONS} options, so every channel can show them all.
     */
    record Picks(String prompt, String field, List<Option> options, List<String> ticked, Option submit)
            implements Reply {
        public static final int MAX_OPTIONS = 20;

        public Picks {
            options = List.copyOf(options);
            ticked = List.copyOf(ticked);
            if (options.size() > MAX_OPTIONS) {
                throw new IllegalArgumentException(
                        "at most " + MAX_OPTIONS + " options to tick, not " + options.size());
            }
        }
    }

    /** A file to download: its name, its size in words, and the admin-API path that serves it to the person. */
    record FileLink(String name, String size, String url) {}

    /** Files kept somewhere (a case's attachments), each downloaded with the person's own session. */
    record Files(String title, List<FileLink> files) implements Reply {
        public Files {
            files = List.copyOf(files);
        }
    }

    /**
     * A file made for the person alone (verification codes), handed over whole: the web chat saves it, Slack uploads
     * it only to the person's direct message, never to a channel. The transcript keeps {@code summary} instead of
     * it, so its content never reaches a case or an agent.
     */
    record PrivateFile(String name, String contentType, String content, String summary) implements Reply {}

    /**
     * The person proved who they are during the chat: the channel keeps this session token and sends it with
     * every later message. Never stored in the transcript.
     */
    record SignedIn(String token, String name, String kind) implements Reply {}
}
