package org.examdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReciprocalRankFusionTest {

    private final ReciprocalRankFusion fusion = new ReciprocalRankFusion(60, 0.5);

    @Test
    void anArticleInBothRankingsBeatsOneInOnlyOne() {
        assertThat(fusion.fuse(List.of("a", "b", "c"), List.of("c"))).containsExactly("c", "a", "b");
    }

    @Test
    void theDenseRankingWeighsHalfAsMuchAsTheLexical() {
        // a: 1/61 + 0.5/63 just beats b: 1/62 + 0.5/61.
        assertThat(fusion.fuse(List.of("a", "b", "c"), List.of("b", "d", "a"))).containsExactly("a", "b", "c", "d");
    }

    @Test
    void withEqualRanksTheLexicalRankingWins() {
        assertThat(fusion.fuse(List.of("a"), List.of("b"))).containsExactly("a", "b");
    }

    @Test
    void anEmptyRankingLeavesTheOtherAsItIs() {
        assertThat(fusion.fuse(List.of("a", "b"), List.of())).containsExactly("a", "b");
        assertThat(fusion.fuse(List.of(), List.of("x", "y"))).containsExactly("x", "y");
    }
}
