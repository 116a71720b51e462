package org.examdesk.bot.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.SearchHit;
import org.examdesk.knowledge.SearchRequest;
import org.examdesk.knowledge.SearchResults;

/**
 * Turns one message into replies. Plain Java: channels translate to and from it. A question is answered from
 * the article index; when search is not confident the bot says so and offers to rephrase or open a case,
 * never a random article.
 */
public final class ConversationEngine {
    static final String HELP = "help";
    static final String START_OVER = "start_over";
    static final String REPHRASE = "rephrase";
    static final String OPEN_CASE = "open_case";
    private static final Pattern GREETING = Pattern.compile("^(hi|hello|hey|good (morning|afternoon|evening))\\b.*");
    private static final int ARTICLE_CARDS = 3;

    private final KnowledgeBase knowledge;

    public ConversationEngine(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    public List<Reply> handle(Speaker speaker, Inbound inbound) {
        if (inbound.isAction()) {
            return onAction(inbound.action());
        }
        String text = inbound.text() == null ? "" : inbound.text().strip();
        if (text.isEmpty()) {
            return List.of(new Reply.Text("Type a question, or say \"help\" to see what I can do."));
        }
        if (text.length() > Inbound.MAX_TEXT) {
            return List.of(new Reply.Text("That message is too long for me (the limit is " + Inbound.MAX_TEXT
                    + " characters). Could you say it more briefly?"));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("help") || lower.equals("?") || GREETING.matcher(lower).matches()) {
            return help(speaker);
        }
        if (lower.equals("start over") || lower.equals("cancel") || lower.equals("restart")) {
            return List.of(new Reply.Text("Fine, we start afresh. What can I help with?"));
        }
        return answer(text);
    }

    private List<Reply> onAction(String action) {
        return switch (action) {
            case HELP -> help(Speaker.anonymous());
            case START_OVER -> List.of(new Reply.Text("Fine, we start afresh. What can I help with?"));
            case REPHRASE -> List.of(new Reply.Text("Of course. Try other words, or name the task, e.g. "
                    + "\"reactivate a locked student account\"."));
            case OPEN_CASE -> List.of(new Reply.Text("Opening a case from the chat is coming soon. Until then, "
                    + "use the contact form of the support portal."));
            default -> List.of(new Reply.Text("That button belongs to an earlier step and no longer applies. "
                    + "What would you like to do?"));
        };
    }

    private List<Reply> answer(String question) {
        SearchResults results = knowledge.search(SearchRequest.of(question, ARTICLE_CARDS));
        if (!results.confident() || results.hits().isEmpty()) {
            return List.of(new Reply.Text("I'm not sure I have an article that answers that."),
                    new Reply.Choices("Would you like to try other words, or ask a person?", List.of(
                            new Reply.Option("Rephrase my question", REPHRASE),
                            new Reply.Option("Open a case", OPEN_CASE))));
        }
        List<Reply> replies = new ArrayList<>();
        replies.add(new Reply.Text("This article should help:"));
        SearchHit best = results.hits().get(0);
        replies.add(new Reply.ArticleCard(best.id(), best.title(), "/help/" + best.id(), best.snippet()));
        return replies;
    }

    private List<Reply> help(Speaker speaker) {
        String who = speaker.signedIn() ? "Hello " + speaker.user().name() + ". " : "Hello. ";
        return List.of(new Reply.Text(who + "Ask me how something works, e.g. \"student locked out of results\" "
                        + "or \"when can I make candidate logins for June\"."),
                new Reply.Choices("Or pick one:", List.of(
                        new Reply.Option("Ask a question", REPHRASE),
                        new Reply.Option("Open a case", OPEN_CASE),
                        new Reply.Option("Start over", START_OVER))));
    }
}
