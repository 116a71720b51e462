package org.examdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examdesk.knowledge.Fixtures.ids;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchFiltersTest {

    private static KnowledgeBase knowledge;

    @BeforeAll
    static void open() throws Exception {
        knowledge = Fixtures.open();
    }

    @AfterAll
    static void close() {
        knowledge.close();
    }

    private static SearchResults search(String role, String qualification, String topic) {
        return knowledge.search(new SearchRequest("candidate account date", role, qualification, null, topic, 10));
    }

    @Test
    void aRoleFilterKeepsArticlesForThatRoleAndForAnyone() {
        assertThat(ids(search("exams-officer", null, null)))
                .contains("locked-account", "wrong-birth-date", "candidate-identifier")
                .doesNotContain("reset-password", "book-exam");
    }

    @Test
    void filterValuesIgnoreCaseAndSpaces() {
        assertThat(ids(search("Exams Officer", null, null))).contains("locked-account");
    }

    @Test
    void aQualificationFilterKeepsArticlesTaggedAll() {
        assertThat(ids(search(null, "general", null)))
                .contains("wrong-birth-date", "reset-password")
                .doesNotContain("book-exam", "identity-documents");
    }

    @Test
    void aTopicFilterKeepsOnlyThatTopic() {
        assertThat(ids(search(null, null, "glossary"))).containsExactly("candidate-identifier");
    }

    @Test
    void anUnknownFilterValueGivesNoHitsAndNoError() {
        SearchResults results = search("astronaut", null, null);
        assertThat(results.hits()).isEmpty();
        assertThat(results.confident()).isFalse();
    }

    @Test
    void nullAndBlankFiltersMeanNoFilter() {
        SearchResults all = search(null, null, null);
        SearchResults blank = search(" ", "", null);
        assertThat(ids(blank)).isEqualTo(ids(all));
    }
}
