package org.examdesk.bot.flows.cases;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Turn;

/**
 * Which of the person's cases to list and in what order, from what they said ("my open cases", "my closed cases",
 * "my cases by due date", "newest first") or the button they pressed: the admin API's {@code status} and
 * {@code sort} of {@code GET /api/v1/cases?mine=true}, and the words that describe the list.
 */
record MyCasesQuery(String status, String sort, String words) {
    static final String ACTION = "cases:";
    private static final Pattern LIST = Pattern.compile("\\b(cases|tickets|queries)\\b");
    private static final Pattern OPEN = Pattern.compile("\\b(open|active|ongoing|current|unresolved)\\b");
    private static final Pattern FINISHED = Pattern.compile("\\b(closed|resolved|finished|done|old)\\b");
    private static final Pattern DUE = Pattern.compile("\\b(due|deadline|target)");
    private static final Pattern NEWEST = Pattern.compile("\\b(newest|latest|recent|new)\\b");
    private static final Pattern OLDEST = Pattern.compile("\\b(oldest|earliest)\\b");

    static MyCasesQuery from(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        String status =
                FINISHED.matcher(t).find() ? "finished" : OPEN.matcher(t).find() ? "open" : null;
        String sort = DUE.matcher(t).find()
                ? "due"
                : OLDEST.matcher(t).find() ? "-created" : NEWEST.matcher(t).find() ? "created" : "updated";
        return of(status, sort);
    }

    /** Whether the words ask for a list of cases ("my closed cases", "newest first"). */
    static boolean asksForList(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return LIST.matcher(t).find()
                || NEWEST.matcher(t).find()
                || OLDEST.matcher(t).find()
                || DUE.matcher(t).find();
    }

    static MyCasesQuery fromAction(String action) {
        String[] parts = action.substring(ACTION.length()).split(":", 2);
        String status = parts[0].isEmpty() ? null : parts[0];
        return of(status, parts.length > 1 ? parts[1] : "updated");
    }

    private static MyCasesQuery of(String status, String sort) {
        String which = status == null ? "Your cases" : status.equals("open") ? "Your open cases" : "Your closed cases";
        String order =
                switch (sort) {
                    case "due" -> ", by due date";
                    case "created" -> ", newest first";
                    case "-created" -> ", oldest first";
                    default -> "";
                };
        return new MyCasesQuery(status, sort, which + order);
    }

    /** The buttons that list the cases another way. */
    static List<Reply.Option> options(Turn turn) {
        return List.of(
                turn.option("Open only", ACTION + "open:due"),
                turn.option("Closed only", ACTION + "finished:updated"),
                turn.option("By due date", ACTION + ":due"),
                turn.option("Newest first", ACTION + ":created"));
    }
}
