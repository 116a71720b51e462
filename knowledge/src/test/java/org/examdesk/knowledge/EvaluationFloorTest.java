package org.examdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.examdesk.knowledge.eval.Evaluation;
import org.examdesk.knowledge.eval.Question;
import org.examdesk.knowledge.eval.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search quality the bot relies on, measured on the real articles and questions. */
class EvaluationFloorTest {

    private static Report report;

    @BeforeAll
    static void evaluate() throws Exception {
        // Surefire runs in the module folder; the articles sit beside it in the repository.
        Path articles = Path.of("..", "articles");
        Path questions = Path.of("src", "test", "resources", "eval", "questions.tsv");
        try (KnowledgeBase knowledge = KnowledgeBase.open(new KnowledgeConfig(articles, Map.of(), false))) {
            report = new Evaluation(knowledge, false).run(Question.read(questions));
        }
        System.out.print(report.summary());
    }

    @Test
    void anExpectedArticleIsInTheTopThreeForNineInTenQuestions() {
        assertThat(report.hitAt3()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void nineInTenOutOfScopeQuestionsAreNotAnsweredConfidently() {
        assertThat(report.outOfScopeRejection()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void mostRealQuestionsAreAnsweredConfidently() {
        assertThat(report.inScopeConfident()).isGreaterThanOrEqualTo(0.85);
    }
}
