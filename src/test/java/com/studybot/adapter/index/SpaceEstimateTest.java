package com.studybot.adapter.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.content.Chunk;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SpaceEstimateTest {
    private static List<Chunk> chunks(int n, int textBytes) {
        return Collections.nCopies(n, new Chunk("a.md#0", "a.md", List.of(), "x".repeat(textBytes), "h"));
    }

    @Test
    void aSmallIndexCountsTextTwiceTheVectorTwiceAndSomeOverhead() {
        // 1,000 chunks of 1,000 bytes: 2,000 + 2 x 384 x 4 + 512 = 5,584 bytes each
        assertThat(new SpaceEstimate(50_000, 10).bytes(chunks(1_000, 1_000))).isEqualTo(5_584_000);
    }

    @Test
    void anIndexOfEnoughChunksGoesByItsOwnAveragePerChunk() {
        // 8 MB for 1,000 chunks: 8,388 bytes a chunk
        assertThat(new SpaceEstimate(8_388_608, 1_000).bytes(chunks(500, 1_000)))
                .isEqualTo(500L * 8_388);
    }
}
