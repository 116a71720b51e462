package org.examdesk.bot.flows.cases;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.examdesk.admin.client.CaseModels.Activity;
import org.examdesk.admin.client.CaseModels.CaseDetails;
import org.examdesk.admin.client.CaseModels.CasePage;
import org.examdesk.admin.client.CaseModels.Contact;
import org.examdesk.admin.client.CasesClient;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Turn;

/** How a case and a list of cases read in the chat: the case page with its history and its files. */
final class CasePageView {
    static final int LATEST = 5;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private final ChatHours hours;

    CasePageView(ChatHours hours) {
        this.hours = hours;
    }

    void list(Turn turn, CasePage page, MyCasesQuery query) {
        if (page.items().isEmpty()) {
            turn.say(query.status() == null ? "You have no cases yet." : query.words() + ": none.");
            return;
        }
        StringBuilder text = new StringBuilder(query.words() + " (" + page.total() + "):");
        page.items().stream().limit(10).forEach(c -> text.append("\n")
                .append(c.number())
                .append(" · ")
                .append(c.subject())
                .append(" · ")
                .append(CaseTrackingFlow.status(c.status()))
                .append(c.closedAt() == null && c.dueAt() != null ? " · reply due " + when(c.dueAt()) : ""));
        turn.say(text.toString());
        turn.say("Say \"case\" and a number to see one, e.g. \"case "
                + page.items().get(0).number() + "\".");
    }

    /** The whole case: what it is, where it stands, who to contact, the latest activity (or all) and the files. */
    void page(Turn turn, CaseDetails c, boolean everything) {
        turn.add(new Reply.CaseCard(c.number(), c.status()));
        turn.say(String.join(
                "\n",
                Stream.of(
                                "Case " + c.number() + ": " + c.subject() + ". Status: "
                                        + CaseTrackingFlow.status(c.status()) + ".",
                                "Category: " + label(c) + ".",
                                "Opened " + when(c.createdAt())
                                        + (c.closedAt() != null ? "; closed " + when(c.closedAt()) : "")
                                        + (c.closedAt() == null && c.dueAt() != null
                                                ? "; reply due " + when(c.dueAt())
                                                : "")
                                        + ".",
                                contact(c.contact()))
                        .filter(Objects::nonNull)
                        .toList()));
        List<Activity> activity = c.activity() == null ? List.of() : c.activity();
        if (!activity.isEmpty()) {
            int shown = everything ? activity.size() : Math.min(LATEST, activity.size());
            StringBuilder text = new StringBuilder(
                    shown == activity.size()
                            ? "Activity:"
                            : "Latest activity (" + shown + " of " + activity.size() + "):");
            for (int i = activity.size() - 1; i >= activity.size() - shown; i--) {
                text.append("\n").append(line(activity.get(i)));
            }
            turn.say(text.toString());
        }
        files(turn, c);
        List<Reply.Option> options = new ArrayList<>();
        if (!"CLOSED".equals(c.status())) {
            options.add(turn.option("Add a file", "file"));
            options.add(turn.option("Add a comment", "comment"));
        }
        if (!everything && activity.size() > LATEST) {
            options.add(turn.option("Show all activity", "history"));
        }
        if (!options.isEmpty()) {
            turn.choices("Anything to add?", options);
        }
    }

    private static void files(Turn turn, CaseDetails c) {
        if (c.attachments() == null || c.attachments().isEmpty()) {
            return;
        }
        turn.add(new Reply.Files(
                "Files on case " + c.number(),
                c.attachments().stream()
                        .map(a -> new Reply.FileLink(
                                a.fileName(), size(a.size()), CasesClient.attachmentPath(c.number(), a.id())))
                        .toList()));
    }

    private String line(Activity a) {
        return when(a.at()) + " · " + a.kind().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (a.actor() == null ? "" : " · " + a.actor())
                + (a.body() == null ? "" : " \u2014 \"" + a.body() + "\"");
    }

    private static String label(CaseDetails c) {
        return c.categoryLabel() != null ? c.categoryLabel() : Objects.requireNonNullElse(c.category(), "none");
    }

    private static String contact(Contact contact) {
        if (contact == null) {
            return null;
        }
        String details = Stream.of(contact.name(), contact.email(), contact.phone())
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
        return details.isEmpty() ? null : "Contact: " + details + ".";
    }

    static String size(long bytes) {
        return bytes < 1024
                ? bytes + " bytes"
                : bytes < 1024 * 1024
                        ? String.format(Locale.UK, "%.1f KB", bytes / 1024.0)
                        : String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private String when(Instant instant) {
        return WHEN.format(instant.atZone(hours.zone()));
    }
}
