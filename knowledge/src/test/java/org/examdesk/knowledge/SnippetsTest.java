package org.examdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    private static KnowledgeBase knowledge;

    @BeforeAll
    static void open() throws Exception {
        knowledge = Fixtures.open();
    }

    @AfterAll
    static void close() {
        knowledge.close();
    }

    private static SearchHit first(String query) {
        return knowledge.search(SearchRequest.of(query, 3)).hits().get(0);
    }

    @Test
    void matchedWordsAreMarked() {
        assertThat(first("security question").snippet())
                .contains("<mark>security</mark>")
                .contains("<mark>question</mark>");
    }

    @Test
    void otherFormsOfTheWordAreMarkedToo() {
        assertThat(first("booking").snippet()).contains("<mark>Bookings</mark>");
    }

    @Test
    void htmlInTheArticleIsEscapedInTheSnippet() {
        String snippet = first("raw script html").snippet();
        assertThat(snippet).contains("&lt;<mark>script</mark>&gt;").doesNotContain("<script>");
    }

    @Test
    void anArticleMatchedOnlyByItsTitleShowsItsSummary() {
        SearchHit hit = first("identifier explained");
        assertThat(hit.id()).isEqualTo("candidate-identifier");
        assertThat(hit.snippet()).doesNotContain("**");
    }

    @Test
    void snippetsShowFilledPlaceholders() {
        assertThat(first("reset fails call").snippet()).contains("0300 123 4567");
    }
}
