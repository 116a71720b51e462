package org.examdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examdesk.knowledge.Fixtures.ids;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Golden queries over the fixture articles: known questions, asserted top hits. */
class SearchGoldenQueriesTest {

    private static KnowledgeBase knowledge;

    @BeforeAll
    static void open() throws Exception {
        knowledge = Fixtures.open();
    }

    @AfterAll
    static void close() {
        knowledge.close();
    }

    @Test
    void stemmingMatchesOtherFormsOfAWord() {
        assertThat(ids(knowledge, "booking examinations")).first().isEqualTo("book-exam");
        assertThat(ids(knowledge, "passwords resetting")).first().isEqualTo("reset-password");
    }

    @Test
    void anAbbreviationFindsTheArticleThatSpellsItOut() {
        assertThat(ids(knowledge, "where is my UCI")).first().isEqualTo("candidate-identifier");
        assertThat(ids(knowledge, "DOB is wrong")).first().isEqualTo("wrong-birth-date");
    }

    @Test
    void chatPhrasingsMatchTheArticlesWords() {
        assertThat(ids(knowledge, "student locked out")).first().isEqualTo("locked-account");
        assertThat(ids(knowledge, "pwd reset")).first().isEqualTo("reset-password");
    }

    @Test
    void aTypoInALongWordStillFindsTheArticle() {
        assertThat(ids(knowledge, "pasword resett")).first().isEqualTo("reset-password");
        assertThat(ids(knowledge, "reactivte acount")).first().isEqualTo("locked-account");
    }

    @Test
    void aCorrectlySpelledWordIsNeverCorrectedIntoANeighbour() {
        // "passport" is one edit from nothing but two from "password": it must stay "passport".
        assertThat(ids(knowledge, "passport")).containsExactly("identity-documents");
    }

    @Test
    void aTitleMatchRanksAboveABodyMention() {
        assertThat(ids(knowledge, "date of birth")).first().isEqualTo("wrong-birth-date");
    }

    @Test
    void aQuestionAboutSomethingElseIsNotConfident() {
        SearchResults results = knowledge.search(SearchRequest.of("weather in manchester", 5));
        assertThat(results.confident()).isFalse();
    }

    @Test
    void aClearQuestionIsConfident() {
        SearchResults results = knowledge.search(SearchRequest.of("how do I reactivate a locked student account", 5));
        assertThat(results.confident()).isTrue();
        assertThat(ids(results)).first().isEqualTo("locked-account");
    }

    @Test
    void hitsCarryTitleSummaryAndDate() {
        SearchHit hit = knowledge.search(SearchRequest.of("passport", 1)).hits().get(0);
        assertThat(hit.title()).isEqualTo("Identity documents on the day");
        assertThat(hit.summary()).startsWith("Which identity documents");
        assertThat(hit.updated()).hasToString("2026-06-06");
        assertThat(hit.score()).isPositive();
    }

    @Test
    void theLimitCapsTheNumberOfHits() {
        assertThat(knowledge.search(SearchRequest.of("the", 2)).hits()).hasSizeLessThanOrEqualTo(2);
    }
}
