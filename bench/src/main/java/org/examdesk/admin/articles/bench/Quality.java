package org.examdesk.admin.articles.bench;

import java.util.List;
import org.examdesk.admin.articles.bench.SearchEngine.Answer;
import org.examdesk.knowledge.eval.Question;

/**
 * How well an engine answers the questions.
 *
 * @param hit1 share of in-scope questions whose first hit is an expected article
 * @param hit3 share with an expected article in the first three hits
 * @param mrr mean reciprocal rank of the first expected article within {@link #DEPTH} hits
 * @param rejection share of out-of-scope questions the engine does not answer
 * @param answeredWrongly share of in-scope questions answered with a first hit that is not expected
 */
record Quality(
        int inScope, int outOfScope, double hit1, double hit3, double mrr, double rejection, double answeredWrongly) {

    static final int DEPTH = 10;

    static Quality measure(SearchEngine.Searcher searcher, List<Question> questions) {
        int inScope = 0;
        int outOfScope = 0;
        int hit1 = 0;
        int hit3 = 0;
        int rejected = 0;
        int wrong = 0;
        double reciprocal = 0;
        for (Question question : questions) {
            Answer answer = searcher.search(question.text(), DEPTH);
            if (!question.inScope()) {
                outOfScope++;
                rejected += answer.answered() ? 0 : 1;
                continue;
            }
            inScope++;
            int rank = rank(answer.ids(), question);
            hit1 += rank == 1 ? 1 : 0;
            hit3 += rank >= 1 && rank <= 3 ? 1 : 0;
            reciprocal += rank >= 1 ? 1.0 / rank : 0;
            wrong += answer.answered() && rank != 1 ? 1 : 0;
        }
        return new Quality(
                inScope,
                outOfScope,
                share(hit1, inScope),
                share(hit3, inScope),
                inScope == 0 ? 0 : reciprocal / inScope,
                share(rejected, outOfScope),
                share(wrong, inScope));
    }

    /** The 1-based rank of the first expected article; 0 when none was found. */
    static int rank(List<String> ids, Question question) {
        for (int i = 0; i < ids.size(); i++) {
            if (question.expected().contains(ids.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static double share(int count, int total) {
        return total == 0 ? 0 : (double) count / total;
    }
}
