package org.examdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SuggestBrowseForYouTest {

    private KnowledgeBase knowledge;

    @BeforeEach
    void open() throws Exception {
        knowledge = Fixtures.open();
    }

    @AfterEach
    void close() {
        knowledge.close();
    }

    @Test
    void typeaheadFindsATitleByThePrefixOfAnyWord() {
        assertThat(knowledge.suggest("forg", 5)).extracting(Suggestion::id).containsExactly("reset-password");
        assertThat(knowledge.suggest("Reactivate a lo", 5))
                .extracting(Suggestion::title)
                .containsExactly("Reactivate a locked account");
    }

    @Test
    void typeaheadReturnsTitleDateAndViews() {
        knowledge.updateViews(Map.of("reset-password", 42L));
        Suggestion suggestion = knowledge.suggest("pass", 1).get(0);
        assertThat(suggestion.title()).isEqualTo("Reset a forgotten password");
        assertThat(suggestion.updated()).hasToString("2026-03-01");
        assertThat(suggestion.views()).isEqualTo(42L);
    }

    @Test
    void typeaheadPutsTheMostViewedFirstOnceViewsAreUpdated() {
        knowledge.updateViews(Map.of("book-exam", 5L, "identity-documents", 50L));
        assertThat(knowledge.suggest("on", 5)).extracting(Suggestion::id).startsWith("identity-documents");
        knowledge.updateViews(Map.of("book-exam", 500L, "identity-documents", 50L));
        assertThat(knowledge.suggest("e", 5)).extracting(Suggestion::id).first().isEqualTo("book-exam");
    }

    @Test
    void browsingWithoutWordsListsEveryArticleMostViewedFirst() {
        knowledge.updateViews(Map.of("wrong-birth-date", 9L, "book-exam", 3L));
        assertThat(knowledge.browse(null, null, 10))
                .extracting(SearchHit::id)
                .hasSize(6)
                .startsWith("wrong-birth-date", "book-exam");
    }

    @Test
    void browsingByWordsSearchesTitlesAndSummariesAndOrdersByViews() {
        knowledge.updateViews(Map.of("locked-account", 1L, "reset-password", 7L));
        assertThat(knowledge.browse("student account", null, 10))
                .extracting(SearchHit::id)
                .containsExactly("reset-password", "locked-account");
    }

    @Test
    void browsingByTopicKeepsThatTopic() {
        assertThat(knowledge.browse(null, "bookings", 10))
                .extracting(SearchHit::id)
                .containsExactlyInAnyOrder("book-exam", "identity-documents");
        assertThat(knowledge.browse("session", "bookings", 10))
                .extracting(SearchHit::id)
                .containsExactly("book-exam");
    }

    @Test
    void forYouFindsArticlesForTheContactFormChoices() {
        Map<String, String> choices = Map.of(
                "customerType", "Exams officer",
                "issueType", "Student accounts",
                "category", "Locked account",
                "subcategory", "Reactivate");
        assertThat(knowledge.forYou(choices, 3))
                .extracting(SearchHit::id)
                .first()
                .isEqualTo("locked-account");
    }

    @Test
    void forYouPrefersArticlesForTheChosenCustomerType() {
        Map<String, String> asStudent = Map.of("customerType", "student", "category", "password account");
        assertThat(knowledge.forYou(asStudent, 3))
                .extracting(SearchHit::id)
                .first()
                .isEqualTo("reset-password");
    }
}
