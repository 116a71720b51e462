package org.examdesk.bot.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.knowledge.Article;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.SearchHit;

/** How an article answers in the chat: which hits are shown, the passage quoted, and the feedback recorded. */
final class ArticleAnswer {
    /** A runner-up within this share of the best score may be put first when it is written for the speaker. */
    private static final double AUDIENCE_SWAP = 0.75;
    /** Runners-up within this share of the best score are shown as cards too (set by reasoning, not tuned). */
    private static final double CLOSE = 0.3;

    static final int MAX_CARDS = 3;

    private ArticleAnswer() {}

    /**
     * The hits in the order shown to this speaker: a runner-up written for the speaker's side comes first when it
     * scores nearly as well as a best hit that is not.
     */
    static List<SearchHit> ordered(List<SearchHit> hits, Speaker speaker, KnowledgeBase knowledge) {
        List<SearchHit> ordered = new ArrayList<>(hits);
        if (ordered.isEmpty()) {
            return ordered;
        }
        double top = ordered.get(0).score();
        if (speaker.signedIn() && !forSpeaker(ordered.get(0), speaker, knowledge)) {
            ordered.stream()
                    .filter(h -> h.score() >= AUDIENCE_SWAP * top && forSpeaker(h, speaker, knowledge))
                    .findFirst()
                    .ifPresent(h -> {
                        ordered.remove(h);
                        ordered.add(0, h);
                    });
        }
        return ordered;
    }

    /** The hits to show, best first: the best for this speaker, then those that score nearly as well. */
    static List<SearchHit> shown(List<SearchHit> hits, Speaker speaker, KnowledgeBase knowledge) {
        List<SearchHit> ordered = ordered(hits, speaker, knowledge);
        double top = hits.get(0).score();
        double best = ordered.get(0).score();
        List<SearchHit> shown = new ArrayList<>();
        for (SearchHit hit : ordered) {
            if (shown.isEmpty() || (hit.score() >= CLOSE * Math.min(best, top) && shown.size() < MAX_CARDS)) {
                shown.add(hit);
            }
        }
        return shown;
    }

    /** Whether the article is written for the speaker's side: students' articles for students, the rest for staff. */
    private static boolean forSpeaker(SearchHit hit, Speaker speaker, KnowledgeBase knowledge) {
        return knowledge.article(hit.id()).map(a -> forSpeaker(a, speaker)).orElse(!speaker.isStudent());
    }

    /** Whether the article is written for the speaker's side: students' articles for students, the rest for staff. */
    static boolean forSpeaker(Article article, Speaker speaker) {
        List<String> roles = article.roles();
        boolean forStaff = roles.isEmpty() || roles.stream().anyMatch(r -> !r.equals("student"));
        return speaker.isStudent() ? roles.contains("student") : forStaff;
    }

    /** The passage that answers, as plain text with the article's title. */
    static String passage(SearchHit hit) {
        String html = hit.snippet() == null || hit.snippet().isBlank() ? null : hit.snippet();
        String text = html == null
                ? hit.summary()
                : html.replaceAll("<[^>]+>", "")
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&quot;", "\"")
                        .replace("&#39;", "'")
                        .replace("&#x27;", "'")
                        .replace("&amp;", "&")
                        .strip();
        return "From \u201c" + hit.title() + "\u201d: " + text;
    }

    /** Records "did it help" for the article through the admin API, as the speaker. */
    static void recordFeedback(Turn turn, String articleId, boolean helpful) {
        try {
            turn.admin()
                    .send(
                            "POST",
                            "/api/v1/articles/" + URLEncoder.encode(articleId, StandardCharsets.UTF_8) + "/feedback",
                            Map.of("helpful", helpful),
                            JsonNode.class);
        } catch (AdminApiException e) {
            if (e.status() >= 500) {
                throw e;
            }
            // an article removed since it was shown: nothing to record
        }
    }
}
