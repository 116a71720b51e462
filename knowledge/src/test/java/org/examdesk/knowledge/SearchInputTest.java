package org.examdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever a user types, search answers; only a missing question is refused. */
class SearchInputTest {

    private static KnowledgeBase knowledge;

    @BeforeAll
    static void open() throws Exception {
        knowledge = Fixtures.open();
    }

    @AfterAll
    static void close() {
        knowledge.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"password",
                "password AND",
                "(reset",
                "reset)",
                "*",
                "pass*",
                "password~",
                "~2",
                "\\",
                "reset \\ password",
                "title:password",
                "+-!(){}[]^\"~*?:\\/&&||",
                "NOT OR AND",
                "<script>alert(1)</script>",
                "🙂 password 🙂",
                "ﬁle ﬂag Ⅻ",
                "...",
                "a"
            })
    void queryParserSyntaxIsJustText(String query) {
        assertThatCode(() -> knowledge.search(SearchRequest.of(query, 5))).doesNotThrowAnyException();
    }

    @Test
    void aQueryWithOnlyPunctuationHasNoHits() {
        SearchResults results = knowledge.search(SearchRequest.of("?!*()", 5));
        assertThat(results.hits()).isEmpty();
        assertThat(results.confident()).isFalse();
    }

    @Test
    void aTenThousandCharacterQueryIsCutAndStillAnswered() {
        String query = "reset my password ".repeat(600);
        assertThat(query.length()).isGreaterThan(10_000);
        SearchResults results = knowledge.search(SearchRequest.of(query, 5));
        assertThat(results.hits()).extracting(SearchHit::id).first().isEqualTo("reset-password");
    }

    @Test
    void aLongQueryOfWordsWithManySynonymsStaysWithinLuceneClauseLimits() {
        String query = "dob eo uci uln can't log in pwd kid ".repeat(10);
        assertThatCode(() -> knowledge.search(SearchRequest.of(query, 5))).doesNotThrowAnyException();
        String typos = "pasword resett reactivte acount examinaton ".repeat(15);
        assertThatCode(() -> knowledge.search(SearchRequest.of(typos, 5))).doesNotThrowAnyException();
    }

    @Test
    void aTenThousandCharacterWordIsCutSafely() {
        assertThatCode(() -> knowledge.search(SearchRequest.of("x".repeat(10_000), 5)))
                .doesNotThrowAnyException();
    }

    @Test
    void cuttingKeepsTheFirstSixtyFourWords() {
        String cut = ArticleSearch.cut("word ".repeat(200));
        assertThat(cut.split(" ")).hasSize(ArticleSearch.MAX_WORDS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void aBlankQueryIsRefusedWithAHumanMessage(String query) {
        assertThatThrownBy(() -> knowledge.search(SearchRequest.of(query, 5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("type a question");
    }

    @Test
    void aNullQueryOrRequestIsRefused() {
        assertThatThrownBy(() -> knowledge.search(SearchRequest.of(null, 5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> knowledge.search(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> knowledge.search(SearchRequest.of("password", 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }

    @Test
    void otherMethodsAcceptNullsAndNonsense() {
        assertThat(knowledge.article(null)).isEmpty();
        assertThat(knowledge.article("no-such-article")).isEmpty();
        assertThat(knowledge.suggest(null, 5)).isEmpty();
        assertThat(knowledge.suggest("pass", 0)).isEmpty();
        assertThat(knowledge.suggest("\"(*", 5)).isEmpty();
        assertThat(knowledge.browse(null, null, 0)).isEmpty();
        assertThat(knowledge.browse("\"(*", "no-such-topic", 5)).isEmpty();
        assertThat(knowledge.forYou(null, 5)).isEmpty();
        assertThat(knowledge.forYou(Map.of(), 5)).isEmpty();
        assertThatCode(() -> knowledge.updateViews(null)).doesNotThrowAnyException();
    }
}
