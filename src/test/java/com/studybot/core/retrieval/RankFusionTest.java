package com.studybot.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class RankFusionTest {
    @Test
    void anItemHighInBothRankingsWins() {
        // GIVEN two rankings that disagree at the top but share "b" near the top
        var lexical = new RankFusion.Ranking(List.of("a", "b", "c"), 1.0);
        var dense = new RankFusion.Ranking(List.of("d", "b", "a"), 1.0);
        // WHEN fused
        List<RankFusion.Fused> fused = new RankFusion(60).fuse(List.of(lexical, dense));
        // THEN the shared items lead, with the exact RRF score
        assertThat(fused.get(0).id()).isIn("a", "b");
        assertThat(fused).extracting(RankFusion.Fused::id).containsExactlyInAnyOrder("a", "b", "c", "d");
        double b = fused.stream()
                .filter(f -> f.id().equals("b"))
                .findFirst()
                .orElseThrow()
                .score();
        assertThat(b).isCloseTo(2.0 / 62, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void weightsShiftTheOrder() {
        var lexical = new RankFusion.Ranking(List.of("a"), 2.0);
        var dense = new RankFusion.Ranking(List.of("b"), 1.0);
        assertThat(new RankFusion(60).fuse(List.of(dense, lexical)).get(0).id()).isEqualTo("a");
    }
}
