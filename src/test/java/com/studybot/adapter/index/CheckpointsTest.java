package com.studybot.adapter.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.adapter.index.Checkpoints.ReadFile;
import com.studybot.core.content.Chunk;
import com.studybot.core.content.SourceFile;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class CheckpointsTest {
    private static ReadFile file(String path, int chunks) {
        return new ReadFile(
                new SourceFile(path, 1, path),
                "r:" + path,
                IntStream.range(0, chunks)
                        .mapToObj(i -> new Chunk(path + "#" + i, path, List.of(), "text " + i, path + i))
                        .toList(),
                Optional.empty());
    }

    private static List<List<String>> split(int limit, ReadFile... files) {
        return Checkpoints.split(List.of(files), limit).stream()
                .map(c -> c.stream().map(f -> f.file().path()).toList())
                .toList();
    }

    @Test
    void filesGoTogetherUntilTheNextWouldPassTheLimit() {
        assertThat(split(4, file("a", 2), file("b", 2), file("c", 1), file("d", 3)))
                .containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void aFileBiggerThanACheckpointIsOneByItself() {
        assertThat(split(4, file("a", 1), file("big", 9), file("b", 1)))
                .containsExactly(List.of("a"), List.of("big"), List.of("b"));
    }

    @Test
    void skippedFilesRideAlongAndNothingIsNoCheckpoint() {
        assertThat(split(4, file("empty", 0), file("a", 4), file("bin", 0)))
                .containsExactly(List.of("empty", "a", "bin"));
        assertThat(split(4)).isEmpty();
    }
}
