package org.examdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examdesk.knowledge.Fixtures.ids;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dense retrieval with the real (small, in-process) embedding model on the fixtures. */
class DenseRetrievalTest {

    private static KnowledgeBase knowledge;

    @BeforeAll
    static void open() throws Exception {
        knowledge = KnowledgeBase.open(new KnowledgeConfig(Fixtures.directory(), Fixtures.PLACEHOLDERS, false, true));
    }

    @AfterAll
    static void close() {
        knowledge.close();
    }

    @Test
    void aQuestionSharingNoWordWithTheArticleFindsItByMeaning() {
        // No word of the question is in the article, so BM25 alone finds nothing.
        assertThat(ids(knowledge, "which papers prove who I am")).contains("identity-documents");
    }

    @Test
    void anArticleFoundOnlyByMeaningIsNotAnsweredConfidently() {
        assertThat(knowledge
                        .search(SearchRequest.of("which papers prove who I am", 5))
                        .confident())
                .isFalse();
    }

    @Test
    void exactMatchesStillComeFirst() {
        assertThat(ids(knowledge, "passport")).first().isEqualTo("identity-documents");
        assertThat(ids(knowledge, "reactivate a locked account")).first().isEqualTo("locked-account");
    }

    @Test
    void filtersApplyToTheDenseRankingToo() {
        SearchResults results =
                knowledge.search(new SearchRequest("which papers prove who I am", null, "general", null, null, 10));
        assertThat(ids(results)).isNotEmpty().doesNotContain("identity-documents", "book-exam");
    }
}
