package com.studybot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code discord.shards.total} and {@code discord.shards.ids}: one process with every shard by default. */
final class ShardsConfigTest {
    @TempDir
    Path dir;

    private StudybotConfig.Shards load(Map<String, String> env) {
        return new ConfigLoader(env, dir)
                .load(Optional.empty(), Map.of())
                .discord()
                .shards();
    }

    private List<String> problems(Map<String, String> env) {
        try {
            load(env);
        } catch (ConfigException e) {
            return e.problems();
        }
        throw new AssertionError("expected a ConfigException");
    }

    @Test
    void oneProcessWithTheOnlyShardIsTheDefault() {
        assertThat(load(Map.of())).isEqualTo(StudybotConfig.Shards.single());
    }

    @Test
    void idsAreRangesAndListsAndDefaultToEveryShard() {
        assertThat(load(Map.of("STUDYBOT_DISCORD_SHARDS_TOTAL", "4")).ids()).containsExactly(0, 1, 2, 3);
        assertThat(load(Map.of("STUDYBOT_DISCORD_SHARDS_TOTAL", "8", "STUDYBOT_DISCORD_SHARDS_IDS", "0-3"))
                        .ids())
                .containsExactly(0, 1, 2, 3);
        assertThat(load(Map.of("STUDYBOT_DISCORD_SHARDS_TOTAL", "8", "STUDYBOT_DISCORD_SHARDS_IDS", "6, 0-1,4"))
                        .ids())
                .containsExactly(0, 1, 4, 6);
    }

    @Test
    void aBadRangeOrAnIdNotBelowTheTotalIsOneClearProblem() {
        assertThat(problems(Map.of("STUDYBOT_DISCORD_SHARDS_TOTAL", "2", "STUDYBOT_DISCORD_SHARDS_IDS", "2")))
                .containsExactly("discord.shards.ids: shard 2 is not below discord.shards.total (2), was \"2\"");
        assertThat(problems(Map.of("STUDYBOT_DISCORD_SHARDS_TOTAL", "4", "STUDYBOT_DISCORD_SHARDS_IDS", "3-1")))
                .containsExactly("discord.shards.ids: the range 3-1 ends before it starts");
        assertThat(problems(Map.of("STUDYBOT_DISCORD_SHARDS_TOTAL", "4", "STUDYBOT_DISCORD_SHARDS_IDS", "0..3")))
                .containsExactly("discord.shards.ids: must be shard ids and ranges such as 0-3 or 0,2 (empty: all),"
                        + " was \"0..3\"");
        assertThat(problems(Map.of("STUDYBOT_DISCORD_SHARDS_TOTAL", "0")))
                .singleElement()
                .asString()
                .startsWith("discord.shards.total: must be between 1 and");
    }

    @Test
    void aServerBelongsToTheShardItsIdNames() {
        var second = new StudybotConfig.Shards(2, List.of(1));
        long onShardOne = (12345L << 22) | 7; // 12345 % 2 == 1
        assertThat(second.shardOf(Long.toString(onShardOne))).isEqualTo(1);
        assertThat(second.owns(Long.toString(onShardOne))).isTrue();
        assertThat(second.owns(Long.toString(onShardOne + (1L << 22)))).isFalse();
    }
}
