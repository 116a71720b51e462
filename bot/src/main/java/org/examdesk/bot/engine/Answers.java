package org.examdesk.bot.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.examdesk.knowledge.Article;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.SearchHit;
import org.examdesk.knowledge.SearchRequest;
import org.examdesk.knowledge.SearchResults;

/**
 * What the bot says outside a guided flow: answers from the articles (only when search is confident), help
 * tailored to who is asking, and the buttons that go with them.
 */
public final class Answers {
    public static final String NOT_SURE = "I'm not sure I have an article that answers that.";
    static final String REPHRASE = "rephrase";
    static final String HELPED = "helped";
    static final String NOT_HELPED = "not_helped";
    static final String HELP = "help";
    /** Buttons that only start a flow, which a page may show as its own menu (they carry no nonce). */
    static final Set<String> MENU = Set.of(HELP, "open_case", "my_cases", "talk_to_person", "my_account");

    private final KnowledgeBase knowledge;
    /** The help articles about each intent's task, best first, as the intents files name them. */
    private final Map<String, List<String>> taskArticles;

    public Answers(KnowledgeBase knowledge) {
        this(knowledge, Map.of());
    }

    private Answers(KnowledgeBase knowledge, Map<String, List<String>> taskArticles) {
        this.knowledge = knowledge;
        this.taskArticles = Map.copyOf(taskArticles);
    }

    /** The same answers, knowing which articles are about which intent's task. */
    Answers withTaskArticles(Map<String, List<String>> articles) {
        return new Answers(knowledge, articles);
    }

    /**
     * Answers a question from the articles: the passage of the best article that answers it, then its card (up to
     * three cards when the runners-up score nearly as well), and buttons that record whether it helped. Among
     * close hits, the article written for the speaker's side (staff or student) comes first. {@code task}, when
     * given, is the task the question was understood to be about: the articles found are then shown even when the
     * search alone would not think them on the subject, the task's own among them. {@code extra}, when given, is
     * that task offered after the answer: the best article is then quoted as the answer. When the search is not
     * sure but the articles are on the subject (or on the task), they are shown as ones that may help, without
     * quoting one as the answer.
     */
    void answer(Turn turn, String question, String task, Reply.Option extra) {
        SearchResults results = knowledge.search(SearchRequest.of(question, 5));
        List<SearchHit> shown = results.related() || extra != null
                ? withTaskArticle(
                        ArticleAnswer.shown(results.hits(), turn.speaker(), knowledge),
                        results.hits(),
                        task,
                        turn.speaker())
                : taskHits(results.hits(), task, turn.speaker());
        if (shown.isEmpty()) {
            notSure(turn, extra);
            return;
        }
        SearchHit best = shown.get(0);
        boolean sure = results.confident() || extra != null;
        turn.say(
                sure
                        ? ArticleAnswer.passage(best)
                        : "I'm not sure I have an article that answers exactly that, but these look related:");
        cards(turn, shown);
        List<Reply.Option> options = new ArrayList<>();
        options.add(turn.option(sure ? "Yes, thanks" : "Yes, one of these", HELPED + ":" + best.id()));
        options.add(turn.option("No, I need a person", NOT_HELPED + ":" + best.id()));
        if (extra != null) {
            options.add(extra);
        } else if (!sure) {
            options.add(turn.option("Rephrase my question", REPHRASE));
        }
        turn.choices(sure ? "Did that answer your question?" : "Did one of them help?", options);
    }

    /** The hits that are articles on the task, best first for the speaker: what is shown when only the task is known. */
    private List<SearchHit> taskHits(List<SearchHit> hits, String task, Speaker speaker) {
        List<String> about = task == null ? List.of() : taskArticles.getOrDefault(task, List.of());
        return ArticleAnswer.ordered(hits, speaker, knowledge).stream()
                .filter(h -> about.contains(h.id()))
                .limit(ArticleAnswer.MAX_CARDS)
                .toList();
    }

    private static void notSure(Turn turn, Reply.Option extra) {
        turn.say(NOT_SURE);
        List<Reply.Option> options = new ArrayList<>();
        if (extra != null) {
            options.add(extra);
        }
        options.add(turn.option("Rephrase my question", REPHRASE));
        options.add(turn.option("Open a case", "open_case"));
        turn.choices(
                extra != null
                        ? "I can still do it for you, or:"
                        : "Would you like to try other words, or ask a person?",
                options);
    }

    /**
     * The cards for a question about a known task include an article about that task when the search found one:
     * the best-ranked of them takes the last place if none is shown.
     */
    private List<SearchHit> withTaskArticle(List<SearchHit> shown, List<SearchHit> hits, String task, Speaker speaker) {
        List<String> about = task == null ? List.of() : taskArticles.getOrDefault(task, List.of());
        if (about.isEmpty() || shown.stream().anyMatch(h -> about.contains(h.id()))) {
            return shown;
        }
        return ArticleAnswer.ordered(hits, speaker, knowledge).stream()
                .filter(h -> about.contains(h.id()))
                .findFirst()
                .map(h -> {
                    List<SearchHit> cards = new ArrayList<>(shown.subList(0, Math.min(shown.size(), 2)));
                    cards.add(h);
                    return List.copyOf(cards);
                })
                .orElse(shown);
    }

    private static void cards(Turn turn, List<SearchHit> hits) {
        hits.forEach(hit -> turn.add(new Reply.ArticleCard(hit.id(), hit.title(), "/help/" + hit.id(), hit.snippet())));
    }

    /**
     * Beside a task's first step, the articles on that task for the speaker's side, best first: when the search is
     * sure, the cards a question would get (the task's own article among them); otherwise the best-ranked of the
     * articles named for the task, then the hits that are at least on the subject; or else the first article named
     * for the task.
     */
    List<Reply.ArticleCard> beside(Speaker speaker, String text, String task) {
        List<String> about = taskArticles.getOrDefault(task, List.of());
        SearchResults results = knowledge.search(SearchRequest.of(text, 5));
        List<SearchHit> hits = results.hits();
        List<SearchHit> cards = new ArrayList<>();
        if (results.confident()) {
            cards.addAll(withTaskArticle(ArticleAnswer.shown(hits, speaker, knowledge), hits, task, speaker));
        } else {
            ArticleAnswer.ordered(hits, speaker, knowledge).stream()
                    .filter(h -> about.contains(h.id()))
                    .findFirst()
                    .ifPresent(cards::add);
            if (results.related()) {
                ArticleAnswer.shown(hits, speaker, knowledge).stream()
                        .filter(h -> !cards.contains(h))
                        .limit(Math.max(0, ArticleAnswer.MAX_CARDS - cards.size()))
                        .forEach(cards::add);
            }
        }
        if (!cards.isEmpty()) {
            return cards.stream()
                    .map(h -> new Reply.ArticleCard(h.id(), h.title(), "/help/" + h.id(), h.summary()))
                    .toList();
        }
        List<Article> articles =
                about.stream().map(knowledge::article).flatMap(Optional::stream).toList();
        return articles.stream()
                .filter(a -> !speaker.signedIn() || ArticleAnswer.forSpeaker(a, speaker))
                .findFirst()
                .or(() -> articles.stream().findFirst())
                .map(Answers::card)
                .stream()
                .toList();
    }

    private static Reply.ArticleCard card(Article article) {
        return new Reply.ArticleCard(article.id(), article.title(), "/help/" + article.id(), article.summary());
    }

    void greet(Turn turn) {
        String name = turn.speaker().signedIn() ? " " + turn.speaker().user().name() : "";
        turn.say("Hello" + name + ". What can I help with?");
        menu(turn);
    }

    void help(Turn turn) {
        Speaker speaker = turn.speaker();
        if (speaker.isStaff()) {
            turn.say("Hello " + speaker.user().name() + ". I can answer questions and fix student results accounts "
                    + "for your centre. Try \"Sam Patel can't log in to results\", \"change the email of Sam Patel\", "
                    + "\"reactivate every locked student in year 11\", \"remove mock results access for Sam Patel\" or "
                    + "\"give all my candidates results access for June\". I always show you what will change and ask "
                    + "before I change anything.");
        } else if (speaker.isStudent()) {
            turn.say(
                    "Hello " + speaker.user().name() + ". I can tell you the state of your results account, re-send "
                            + "your welcome or activation email, and explain what to do next. Try \"what is my account status\".");
        } else {
            turn.say("Hello. Ask me how something works, e.g. \"student locked out of results\" or \"when can I make "
                    + "candidate logins for June\". Exams staff can sign in to fix student accounts; students can check "
                    + "their own account.");
        }
        taskArticles.getOrDefault(Intent.HELP, List.of()).stream()
                .map(knowledge::article)
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(guide -> turn.add(card(guide)));
        menu(turn);
    }

    private void menu(Turn turn) {
        List<Reply.Option> options = new ArrayList<>();
        if (turn.speaker().isStudent()) {
            options.add(turn.option("Check my account", "my_account"));
        }
        options.add(turn.option("Open a case", "open_case"));
        options.add(turn.option("My cases", "my_cases"));
        options.add(turn.option("Talk to a person", "talk_to_person"));
        turn.choices("Or pick one:", options);
    }

    /** Buttons that mean the same in every flow; returns whether it handled the value. */
    boolean onButton(Turn turn, String value, List<Flow> flows) {
        int colon = value.indexOf(':');
        if (colon > 0 && (value.startsWith(HELPED + ":") || value.startsWith(NOT_HELPED + ":"))) {
            ArticleAnswer.recordFeedback(turn, value.substring(colon + 1), value.startsWith(HELPED + ":"));
            value = value.substring(0, colon);
        }
        switch (value) {
            case HELP -> help(turn);
            case REPHRASE -> turn.say(
                    "Of course. Try other words, or name the task, e.g. \"reactivate a locked " + "student account\".");
            case HELPED -> turn.say("Glad that helped. Anything else?");
            case NOT_HELPED -> startByButton(
                    turn,
                    "talk_to_person",
                    flows,
                    "Sorry that did not help. Say \"open a case\" and a person will pick it up.");
            case "open_case" -> startByButton(
                    turn,
                    "open_case",
                    flows,
                    "Opening a case from the chat is not available here yet; use the support portal's contact form.");
            case "my_cases" -> startByButton(turn, "my_cases", flows, "Sign in to see your cases.");
            case "talk_to_person" -> startByButton(
                    turn, "talk_to_person", flows, "Say \"open a case\" and a person will pick it up.");
            case "my_account" -> startByButton(turn, "my_account", flows, "Check your account by signing in.");
            default -> {
                return false;
            }
        }
        return true;
    }

    private void startByButton(Turn turn, String intentName, List<Flow> flows, String fallback) {
        Intent intent = Intent.chosen(intentName, "");
        for (Flow flow : flows) {
            if (flow.handles(intent, turn.speaker())) {
                turn.state().clear();
                flow.start(turn, intent);
                return;
            }
        }
        turn.say(fallback);
    }
}
